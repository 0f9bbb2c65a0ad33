import {
  cloneNetwork,
  copyParameters,
  createBatchBuffers,
  createGradientDescent,
  createNetwork,
  createRng,
  evaluate,
  hasFiniteParameters,
  type ActivationName,
  type Evaluation,
  type Network,
  type Samples,
  type StepOptions,
} from '../engine';
import { createCostHistory, type CostHistory } from './costHistory';

export interface Architecture {
  readonly layers: readonly number[];
  readonly activation: ActivationName;
  readonly seed: number;
}

/**
 * One training run: the network, its mini-batch generator, the iteration count and the cost
 * history. Everything in it is mutated in place, so a frame of training allocates nothing.
 */
export interface TrainingSession {
  readonly architecture: Architecture;
  readonly network: Network;
  readonly history: CostHistory;
  readonly iteration: number;
  /**
   * Runs up to `steps` gradient-descent steps, recording each batch's cost. When training
   * diverges (a weight turns non-finite, or the cost overflows) the call stops, the network goes
   * back to the last parameters whose cost was finite, and it returns false. Mutates the session.
   */
  train(samples: Samples, options: StepOptions, steps: number): boolean;
  /** Mean cost and accuracy over every point. Mutates only scratch buffers. */
  evaluate(samples: Samples): Evaluation;
}

/**
 * One random stream from `seed` draws the weights and then the mini-batches, as the `train`
 * command does, so a run in the app can be repeated from the shell.
 */
export function createTrainingSession(architecture: Architecture): TrainingSession {
  const { layers, activation, seed } = architecture;
  const rng = createRng(seed);
  const network = createNetwork(layers, activation, rng);
  // The parameters before each of the last two steps: the cost of the older is known finite.
  const before = [cloneNetwork(network), cloneNetwork(network)];
  const descent = createGradientDescent(layers);
  const evaluation = createBatchBuffers(layers, 256);
  const history = createCostHistory();
  let iteration = 0;
  return {
    architecture,
    network,
    history,
    get iteration() {
      return iteration;
    },
    train(samples, options, steps) {
      for (let s = 0; s < steps; s++) {
        copyParameters(network, before[iteration % 2]);
        const cost = descent.step(network, samples, options, rng);
        if (!Number.isFinite(cost)) {
          // These parameters came from the previous step: undo that one too.
          if (iteration > 0) iteration--;
          copyParameters(before[iteration % 2], network);
          history.truncate(iteration);
          return false;
        }
        if (!hasFiniteParameters(network)) {
          copyParameters(before[iteration % 2], network);
          return false;
        }
        history.push(cost);
        iteration++;
      }
      return true;
    },
    evaluate: (samples) => evaluate(network, samples, evaluation),
  };
}
