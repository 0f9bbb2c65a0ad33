import { labelEarlierRun, type LabelledRun } from '../training';
import { describeCurrentRun } from './earlierRunsActions';
import type { AppState } from './types';

/** What a label compares: the earlier runs and every setting a description reads. */
const inputsOf = (s: AppState) => [
  s.earlierRuns,
  s.trainer.network.layers,
  s.activation,
  s.features,
  s.optimizer,
  s.learningRate,
  s.batchSize,
  s.regularization,
  s.regularizationRate,
  s.seed,
  s.dataset,
  s.points,
];

/**
 * A selector of the earlier runs with their labels against the current settings. It labels again
 * only when the runs or one of those settings changed, so calling it every frame costs a few
 * comparisons and returns the same list.
 */
export function createEarlierRunLabeller(): (state: AppState) => readonly LabelledRun[] {
  let inputs: unknown[] = [];
  let labelled: readonly LabelledRun[] = [];
  return (state) => {
    const next = inputsOf(state);
    if (next.length === inputs.length && next.every((value, i) => value === inputs[i])) {
      return labelled;
    }
    inputs = next;
    const current = describeCurrentRun(state);
    labelled = state.earlierRuns.map(({ id, description, curve }) => ({
      id,
      label: labelEarlierRun(description, current),
      curve,
    }));
    return labelled;
  };
}
