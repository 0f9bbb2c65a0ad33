import { format, type Selection } from 'd3';
import type { LabelledRun, RunCurve } from '../../training';
import type { ToPath } from './bucketPaths';

type Group = Selection<SVGGElement, unknown, null, undefined>;

const formatCost = format('.4~g');
/** How close (in plot units) the pointer must be to an earlier curve to name it. */
const HOVER_DISTANCE = 10;

export interface EarlierRunsExtent {
  /** The longest earlier run, in iterations; 0 when there is none. */
  readonly iterations: number;
  /** The smallest and largest finite cost; low > high when there is none. */
  readonly low: number;
  readonly high: number;
}

export interface EarlierRunsLayer {
  /** What the chart's domains must hold for the runs to be drawn whole. */
  extent(runs: readonly LabelledRun[]): EarlierRunsExtent;
  /**
   * Draws one faded line per run (oldest the faintest), named by a `<title>`, with at most one
   * point per `columns` of the plot. Redraws only when `key` (the domains) or the runs changed.
   */
  draw(runs: readonly LabelledRun[], xOf: ToPath, yOf: ToPath, key: string): void;
  /**
   * Names the run whose curve passes nearest to the pointer (over the iterations `span`, at plot
   * point `plotX`, `plotY`), within a few units, and highlights it; `yOf` maps a cost to plot y.
   * A null span or y (the pointer left) hides the name. Returns the run named.
   */
  hover(
    span: readonly [number, number] | null,
    plotX: number,
    plotY: number | null,
    yOf: ToPath,
  ): LabelledRun | null;
}

/** The SVG path of a curve: a point at the middle of each span, breaks where a cost is NaN. */
function curvePath({ costs, stride }: RunCurve, xOf: ToPath, yOf: ToPath, step: number): string {
  let d = '';
  let run = 0;
  let lastX = -Infinity;
  for (let k = 0; k < costs.length; k++) {
    const y = yOf(costs[k]);
    if (y - y !== 0) {
      if (run === 1) d += 'h0';
      run = 0;
      continue;
    }
    const x = Math.round(xOf(k * stride + (stride - 1) / 2));
    if (x - lastX < step && run > 0 && k < costs.length - 1) continue;
    d += `${run === 0 ? 'M' : 'L'}${x},${Math.round(y)}`;
    lastX = x;
    run++;
  }
  if (run === 1) d += 'h0';
  return d;
}

/**
 * The earlier runs on the cost chart: their lines go in `lines` (under the live lines, in the
 * series' units), the name of a hovered one in `labels` (plot units, `plotWidth` wide). `step`
 * is the least distance, in series units, between two drawn points of a line.
 */
export function createEarlierRunsLayer(
  lines: Group,
  labels: Group,
  step: number,
  plotWidth: number,
): EarlierRunsLayer {
  const group = lines.insert('g', ':first-child').attr('class', 'cost-earlier-runs');
  const label = labels
    .append('text')
    .attr('class', 'cost-earlier-label')
    .attr('data-testid', 'cost-earlier-label')
    .attr('y', 24)
    .attr('display', 'none');
  let drawnRuns: readonly LabelledRun[] = [];
  let drawnKey = '';
  let hovered: number | null = null;

  return {
    extent(runs) {
      let iterations = 0;
      let low = Infinity;
      let high = -Infinity;
      for (const { curve } of runs) {
        iterations = Math.max(iterations, curve.iterations);
        low = Math.min(low, curve.low);
        high = Math.max(high, curve.high);
      }
      return { iterations, low, high };
    },
    draw(runs, xOf, yOf, key) {
      if (runs === drawnRuns && key === drawnKey) return;
      drawnKey = key;
      drawnRuns = runs;
      const paths = group
        .selectAll<SVGPathElement, LabelledRun>('path')
        .data(runs, (run) => String(run.id))
        .join((enter) => {
          const path = enter.append('path').attr('data-testid', 'cost-earlier-run');
          path.append('title');
          return path;
        });
      paths
        .attr('class', (_, i) => `cost-earlier-run cost-earlier-age-${runs.length - 1 - i}`)
        .classed('is-hovered', (run) => run.id === hovered)
        .attr('data-label', (run) => run.label)
        .attr('d', (run) => curvePath(run.curve, xOf, yOf, step));
      paths.select('title').text((run) => `Earlier run: ${run.label}`);
    },
    hover(span, plotX, plotY, yOf) {
      let best: LabelledRun | null = null;
      let bestCost = NaN;
      let bestDistance = HOVER_DISTANCE;
      const [from, to] = span ?? [Infinity, -Infinity];
      for (const run of plotY === null ? [] : drawnRuns) {
        const { costs, stride, iterations } = run.curve;
        if (from > iterations) continue;
        const last = Math.min(costs.length - 1, Math.floor(to / stride));
        // Every point under the pointer's few units: a steep stretch is named where it is drawn.
        for (let k = Math.max(0, Math.floor(from / stride)); k <= last; k++) {
          const distance = Math.abs(yOf(costs[k]) - (plotY ?? NaN));
          if (distance <= bestDistance) {
            best = run;
            bestCost = costs[k];
            bestDistance = distance;
          }
        }
      }
      hovered = best?.id ?? null;
      group
        .selectAll<SVGPathElement, LabelledRun>('path')
        .classed('is-hovered', (run) => run.id === hovered);
      if (best === null) {
        label.attr('display', 'none');
        return null;
      }
      const onRight = plotX < plotWidth * 0.6;
      label
        .attr('x', onRight ? plotX + 6 : plotX - 6)
        .attr('text-anchor', onRight ? 'start' : 'end')
        .attr('display', null)
        .text(`Earlier run (${best.label}): cost ${formatCost(bestCost)}`);
      return best;
    },
  };
}
