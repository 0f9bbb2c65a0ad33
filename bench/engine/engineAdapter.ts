import type { Network } from '../../src/engine';
import type { BenchProblem } from './benchProblem';

export const ENGINE_NAMES = ['backprop-lab', 'convnetjs', 'tfjs-cpu'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** One engine set up on one problem. Every method mutates the engine's own network. */
/** Weights and biases laid out as our engine's: W^l row-major (n_l x n_(l-1)), then b^l. */
export type Parameters = Pick<Network, 'weights' | 'biases'>;

export interface EngineTrainer {
  /** One training step: forward, backward and the optimizer's update on one batch of the points. */
  trainStep(): void;
  /** One forward pass, with softmax, over every cell of the grid. */
  gridPass(): void;
  /** Mean cross-entropy over every point, to check that the engine really learns. */
  meanLoss(): number;
  /** A copy of the engine's current parameters, in float64 whatever the engine computes in. */
  parameters(): Parameters;
  /** Frees what the engine holds outside the JavaScript heap. */
  dispose(): void;
}

export interface EngineAdapter {
  readonly name: EngineName;
  create(problem: BenchProblem): Promise<EngineTrainer>;
}
