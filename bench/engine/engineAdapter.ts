import type { BenchProblem } from './benchProblem';

export const ENGINE_NAMES = ['backprop-lab', 'convnetjs', 'tfjs-cpu'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** One engine set up on one problem. Every method mutates the engine's own network. */
export interface EngineTrainer {
  /** One gradient-descent step: forward, backward and update on one batch drawn from the points. */
  trainStep(): void;
  /** One forward pass, with softmax, over every cell of the grid. */
  gridPass(): void;
  /** Mean cross-entropy over every point, to check that the engine really learns. */
  meanLoss(): number;
  /** Frees what the engine holds outside the JavaScript heap. */
  dispose(): void;
}

export interface EngineAdapter {
  readonly name: EngineName;
  create(problem: BenchProblem): Promise<EngineTrainer>;
}
