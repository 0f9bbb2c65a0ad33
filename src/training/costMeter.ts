import type { Samples } from '../engine';
import type { EvaluationHistory } from './evaluationHistory';
import type { TrainingSession } from './trainingSession';

/**
 * While training runs, measuring the cost over every point may take at most this share of the
 * time: on a big network over many points one pass costs several milliseconds, more than the
 * steps of a frame, so it is then made every few frames rather than every frame.
 */
export const EVALUATION_SHARE = 0.1;

/** The cost and accuracy over every training point and over the held-out ones. */
export interface RunCosts {
  readonly cost: number;
  readonly accuracy: number;
  /** Null when no point is held out. */
  readonly testCost: number | null;
  readonly testAccuracy: number | null;
}

export interface CostMeter {
  /**
   * The costs of `session` now, recorded in the evaluation history. When `paced`, the last costs
   * measured for the same session instead, unless measuring again keeps within
   * EVALUATION_SHARE of the time since the last measure began.
   */
  measure(
    session: TrainingSession,
    points: { readonly samples: Samples; readonly testSamples?: Samples | null },
    paced: boolean,
  ): RunCosts;
}

export function createCostMeter(
  evaluations: EvaluationHistory,
  now: () => number = () => performance.now(),
): CostMeter {
  let last: RunCosts | null = null;
  let measured: TrainingSession | null = null;
  let startedAt = -Infinity;
  let tookMs = 0;
  return {
    measure(session, { samples, testSamples }, paced) {
      const start = now();
      const due = !paced || session !== measured || start - startedAt >= tookMs / EVALUATION_SHARE;
      if (!due && last !== null) return last;
      const { loss, accuracy } = session.evaluate(samples);
      const test = testSamples && testSamples.count > 0 ? session.evaluate(testSamples) : null;
      if (samples.count > 0) evaluations.push(session.iteration, loss, test?.loss ?? NaN);
      [measured, startedAt, tookMs] = [session, start, now() - start];
      last = {
        cost: loss,
        accuracy,
        testCost: test?.loss ?? null,
        testAccuracy: test?.accuracy ?? null,
      };
      return last;
    },
  };
}
