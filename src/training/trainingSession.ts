import {
  cloneNetwork,
  copyParameters,
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
   * turns non-finite, or the cost overflows) the call stops, the parameters and the optimizer's
   * state go back to the last ones whose cost was finite, and it returns false. Mutates the session.
   */
  train(samples: Samples, options: MiniBatchStepOptions, steps: number): boolean;
  /** A new optimizer from its first step, keeping the weights. Mutates the session. */
  setOptimizer(settings: OptimizerSettings): void;
  /** Mean cost and accuracy over every point. Mutates only scratch buffers. */
  evaluate(samples: Samples): Evaluation;
}

/** What a divergence rolls back to: the parameters and the optimizer's whole state. */
interface RunSnapshot {
  readonly network: Network;
  optimizerState: Float64Array;
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
  const snapshotOf = (): RunSnapshot => ({
    network: cloneNetwork(network),
    optimizerState: new Float64Array(optimizer.stateSize),
  });
  // The run before each of the last two steps: the cost of the older is known finite.
  let before = [snapshotOf(), snapshotOf()];
  const save = (into: RunSnapshot) => {
    copyParameters(network, into.network);
    optimizer.snapshot(into.optimizerState);
  };
  const restore = (from: RunSnapshot) => {
    copyParameters(from.network, network);
    optimizer.restore(from.optimizerState);
  };
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
      for (let s = 0; s < steps; s++) {
        save(before[iteration % 2]);
        const cost = miniBatch.step(network, samples, options, rng, optimizer);
        if (!Number.isFinite(cost)) {
          // These parameters came from the previous step: undo that one too.
          if (iteration > 0) iteration--;
          restore(before[iteration % 2]);
          history.truncate(iteration);
          return false;
        }
        if (!hasFiniteParameters(network)) {
          restore(before[iteration % 2]);
          return false;
        }
        history.push(cost);
        iteration++;
      }
      return true;
    },
    setOptimizer(settings) {
      optimizer = makeOptimizer(layers, settings);
      before = [snapshotOf(), snapshotOf()];
    },
    evaluate: (samples) => evaluate(network, samples, evaluation),
  };
}
