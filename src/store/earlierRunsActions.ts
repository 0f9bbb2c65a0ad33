import {
  compactRunCurve,
  describeRun,
  keepEarlierRun,
  type EarlierRun,
  type RunDescription,
  type RunFacts,
} from '../training';
import type { StoreKit } from './storeKit';
import type { Actions, AppState, EarlierRunsState } from './types';

export const initialEarlierRunsState: EarlierRunsState = { earlierRuns: [] };

/** The settings the current configuration trains under, as a label compares them. */
export function describeCurrentRun(state: AppState): RunDescription {
  return describeRun(factsOf(state, state.trainer.network.layers));
}

function factsOf(state: AppState, layers: readonly number[]): RunFacts {
  const { regularization, regularizationRate } = state;
  return {
    layers,
    activation: state.activation,
    features: state.features,
    optimizer: state.optimizer,
    learningRate: state.learningRate,
    batchSize: state.batchSize,
    l1: regularization === 'l1' ? regularizationRate : 0,
    l2: regularization === 'l2' ? regularizationRate : 0,
    seed: state.seed,
    dataset: state.dataset,
    pointCount: state.points.length,
  };
}

/** The run that is ending, with the rates it trained under at its first and its last step. */
function endingRun(state: AppState, id: number): EarlierRun {
  const { trainer } = state;
  const { network, session, iteration } = trainer;
  const base: RunFacts = {
    ...factsOf(state, [...network.layers]),
    activation: network.activation,
    seed: session.architecture.seed,
  };
  const inForce = (k: number): RunFacts => {
    const { settings, optimizer } = trainer.settingsAt(k);
    if (settings === null) return { ...base, optimizer };
    const { learningRate, batchSize, l1 = 0, l2 = 0 } = settings;
    return { ...base, optimizer, learningRate, batchSize, l1, l2 };
  };
  return {
    id,
    description: describeRun(inForce(0), inForce(iteration - 1)),
    curve: compactRunCurve(trainer.history, iteration),
  };
}

/**
 * Keeps the trainer's current run among the earlier runs, when it made at least one step. Call it
 * just before the trainer starts a new run (a restart or a reshape): that is the one rule for
 * what makes a new run. Rates changed mid-run (learning rate, optimizer, batch size,
 * regularization) apply to the run going on, as the design asks, and do not end it.
 */
export function createRunKeeper(get: () => AppState, set: (changes: EarlierRunsState) => void) {
  let kept = 0;
  return () => {
    const state = get();
    if (state.trainer.iteration === 0) return;
    kept++;
    set({ earlierRuns: keepEarlierRun(state.earlierRuns, endingRun(state, kept)) });
  };
}

type EarlierRunsActions = Pick<Actions, 'clearEarlierRuns'>;

/** `Clear earlier runs`: the chart keeps only the current run. */
export function createEarlierRunsActions(
  kit: StoreKit,
  set: (changes: EarlierRunsState) => void,
): EarlierRunsActions {
  return {
    clearEarlierRuns() {
      if (kit.get().earlierRuns.length > 0) set({ earlierRuns: [] });
    },
  };
}
