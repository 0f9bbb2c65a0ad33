import {
  cloneNetwork,
  createMiniBatchStep,
  createOptimizer,
  createRng,
  parameterCount,
  type Network,
  type Optimizer,
} from '../engine';
import type { ChangeRecord, StepSettings } from './changeLog';
import { captureRunState, flattenParameters, unflattenParameters, type RunState } from './runState';
import type { OptimizerFactory } from './trainingSession';

/**
 * A second run that shares no mutable state with the live one: its own network, optimizer,
 * random stream and step buffers, stepped by the same engine step as a training session's.
 * It rebuilds past iterations from a checkpoint and the change records after it.
 */
export interface ReplaySession {
  readonly network: Network;
  /** The iteration the replay stands at; -1 before the first load. */
  readonly iteration: number;
  /** Starts from `state`. Mutates the replay. */
  load(state: RunState): void;
  /** Runs `steps` steps under `settings`, as the live session would. Mutates the replay. */
  train(settings: StepSettings, steps: number): void;
  /** Applies what changed at the replay's iteration, in the record's order. Mutates the replay. */
  apply(record: ChangeRecord): void;
  capture(): RunState;
  /** Forgets where it stands, so the next replay starts from a checkpoint. */
  invalidate(): void;
}

export function createReplaySession(
  template: Network,
  makeOptimizer: OptimizerFactory = createOptimizer,
): ReplaySession {
  const { layers } = template;
  const network = cloneNetwork(template);
  const count = parameterCount(layers);
  const rng = createRng(0);
  const miniBatch = createMiniBatchStep(layers);
  let optimizer: Optimizer | null = null;
  let iteration = -1;
  const scratch = new Float64Array(count);

  const loadOptimizer = (state: RunState) => {
    // A fresh optimizer for each load keeps its settings exactly those of the state.
    optimizer = makeOptimizer(layers, state.optimizerSettings);
    optimizer.restore(state.optimizerState);
  };

  const current = (): Optimizer => {
    if (optimizer === null) throw new Error('The replay has not been loaded from a checkpoint.');
    return optimizer;
  };

  return {
    network,
    get iteration() {
      return iteration;
    },
    load(state) {
      unflattenParameters(state.parameters, network);
      loadOptimizer(state);
      rng.restore(state.rngState);
      iteration = state.iteration;
    },
    train(settings, steps) {
      const stepper = current();
      for (let s = 0; s < steps; s++) {
        miniBatch.step(network, settings.samples, settings, rng, stepper);
      }
      iteration += steps;
    },
    apply(record) {
      if (record.state) this.load(record.state);
      if (record.optimizer) optimizer = makeOptimizer(layers, record.optimizer);
      if (record.edits) {
        flattenParameters(network, scratch);
        for (const [index, value] of record.edits) scratch[index] = value;
        unflattenParameters(scratch, network);
      }
      iteration = record.iteration;
    },
    capture: () => captureRunState({ network, optimizer: current(), rng, iteration }, count),
    invalidate() {
      iteration = -1;
    },
  };
}
