import {
  createBatchBuffers,
  createMiniBatchStep,
  createNetwork,
  createOptimizer,
  createRng,
  evaluate,
  hasFiniteParameters,
  type ActivationName,
  type Evaluation,
  type Network,
  type Optimizer,
  type OptimizerSettings,
  type Rng,
  type Samples,
  type MiniBatchStepOptions,
} from '../engine';
import { createCostHistory, type CostHistory } from './costHistory';
import { unflattenParameters, type RunState } from './runState';
import { createRollbackPoint } from './rollbackPoint';

export interface Architecture {
  readonly layers: readonly number[];
  readonly activation: ActivationName;
  readonly seed: number;
}

/**
 * One training run: the network, its optimizer, the random stream that drew the weights and
 * draws the mini-batches, the iteration count and the cost history. Everything in it is mutated
 * in place, so a frame of training allocates nothing.
 */
export interface TrainingSession {
  readonly architecture: Architecture;
  readonly network: Network;
  readonly optimizer: Optimizer;
  readonly rng: Rng;
  readonly history: CostHistory;
  readonly iteration: number;
  /**
   * Runs up to `steps` steps, recording each batch's cost. When training diverges (a weight
   * turns non-finite, or the cost overflows) the call stops, the run goes back to the last
   * iteration whose cost was finite and sane (see `RollbackPoint`), parameters, optimizer state,
   * iteration and history alike, and it returns false. Mutates the session.
   */
  train(samples: Samples, options: MiniBatchStepOptions, steps: number): boolean;
  /** A new optimizer from its first step, keeping the weights. Mutates the session. */
  setOptimizer(settings: OptimizerSettings): void;
  /**
   * Makes the current weights what a divergence rolls back to: call it after changing them from
   * outside the steps (layers kept from another run, imported weights). Mutates the session.
   */
  keepForRollback(): void;
  /** Mean cost and accuracy over every point. Mutates only scratch buffers. */
  evaluate(samples: Samples): Evaluation;
  /**
   * Makes `state` the present: its parameters, a fresh optimizer of its settings holding its
   * state, its random stream, its iteration; the cost history forgets what came after. Mutates.
   */
  load(state: RunState): void;
}

const GRADIENT_DESCENT: OptimizerSettings = { kind: 'gd' };

/** How a session makes its optimizer: the engine's, or a stand-in in tests. */
export type OptimizerFactory = (
  layers: readonly number[],
  settings: OptimizerSettings,
) => Optimizer;

/**
 * One random stream from `seed` draws the weights and then the mini-batches, as the `train`
 * command does, so a run in the app can be repeated from the shell.
 */
export function createTrainingSession(
  architecture: Architecture,
  optimizerSettings: OptimizerSettings = GRADIENT_DESCENT,
  makeOptimizer: OptimizerFactory = createOptimizer,
): TrainingSession {
  const { layers, activation, seed } = architecture;
  const rng = createRng(seed);
  const network = createNetwork(layers, activation, rng);
  let optimizer = makeOptimizer(layers, optimizerSettings);
  const rollback = createRollbackPoint(network, optimizer);
  const miniBatch = createMiniBatchStep(layers);
  const evaluation = createBatchBuffers(layers, 256);
  const history = createCostHistory();
  let iteration = 0;
  return {
    architecture,
    network,
    get optimizer() {
      return optimizer;
    },
    rng,
    history,
    get iteration() {
      return iteration;
    },
    train(samples, options, steps) {
      // Weights set from outside since the rollback point was taken are caught here.
      if (rollback.iteration === iteration) rollback.reset(network, optimizer, iteration);
      for (let s = 0; s < steps; s++) {
        rollback.hold(network, optimizer, iteration);
        const cost = miniBatch.step(network, samples, options, rng, optimizer);
        rollback.accept(cost);
        if (!Number.isFinite(cost) || !hasFiniteParameters(network)) {
          rollback.restore(network, optimizer);
          iteration = rollback.iteration;
          history.truncate(iteration);
          return false;
        }
        history.push(cost);
        iteration++;
      }
      return true;
    },
    setOptimizer(settings) {
      optimizer = makeOptimizer(layers, settings);
      rollback.reset(network, optimizer, iteration);
    },
    keepForRollback() {
      rollback.reset(network, optimizer, iteration);
    },
    evaluate: (samples) => evaluate(network, samples, evaluation),
    load(state) {
      unflattenParameters(state.parameters, network);
      optimizer = makeOptimizer(layers, state.optimizerSettings);
      optimizer.restore(state.optimizerState);
      rng.restore(state.rngState);
      iteration = state.iteration;
      history.truncate(iteration);
      // A divergence right after this goes back no further than the loaded state.
      rollback.reset(network, optimizer, iteration);
    },
  };
}
