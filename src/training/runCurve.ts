import type { CostHistory } from './costHistory';

/** How many points an earlier run's curve keeps at most, however long it ran. */
export const RUN_CURVE_POINTS = 1000;

/**
 * A finished run's cost curve, condensed: point k is the mean finite cost of the iterations
 * [k * stride, (k + 1) * stride) (NaN when none was finite), so a run of any length costs at most
 * `RUN_CURVE_POINTS` numbers.
 */
export interface RunCurve {
  /** Iterations a point covers. */
  readonly stride: number;
  readonly costs: Float32Array;
  /** Iterations the run made. */
  readonly iterations: number;
  /** The smallest and largest finite point; +Infinity and -Infinity when there is none. */
  readonly low: number;
  readonly high: number;
}

/** The curve of `history` (its kept costs, `iterations` long) in at most `maxPoints` points. */
export function compactRunCurve(
  history: Pick<CostHistory, 'values' | 'length' | 'stride'>,
  iterations: number,
  maxPoints = RUN_CURVE_POINTS,
): RunCurve {
  const { values, length, stride } = history;
  const perPoint = Math.max(1, Math.ceil(length / Math.max(1, Math.floor(maxPoints))));
  const costs = new Float32Array(Math.ceil(length / perPoint));
  let low = Infinity;
  let high = -Infinity;
  for (let k = 0; k < costs.length; k++) {
    let sum = 0;
    let count = 0;
    for (let i = k * perPoint; i < Math.min(length, (k + 1) * perPoint); i++) {
      const v = values[i];
      if (v - v !== 0) continue; // NaN or an infinity
      sum += v;
      count++;
    }
    const mean = count > 0 ? sum / count : NaN;
    costs[k] = mean;
    if (count > 0) {
      low = Math.min(low, costs[k]);
      high = Math.max(high, costs[k]);
    }
  }
  return { stride: stride * perPoint, costs, iterations, low, high };
}

/** The curve's cost nearest to `iteration` (clamped to the run), or NaN when it has none. */
export function runCostAt(curve: RunCurve, iteration: number): number {
  const { costs, stride } = curve;
  if (costs.length === 0 || !Number.isFinite(iteration)) return NaN;
  const k = Math.min(costs.length - 1, Math.max(0, Math.floor(iteration / stride)));
  return costs[k];
}
