import { createAdamOptimizer } from './adamOptimizer';
import { createGdOptimizer } from './gdOptimizer';
import type { Gradients } from './gradients';
import { createMomentumOptimizer } from './momentumOptimizer';
import type { Network } from './network';
import { checkOptimizerSettings, type OptimizerSettings } from './optimizerSettings';

/**
 * Turns the mean gradients of a step into a change of the parameters, keeping whatever it
 * remembers between steps (moments, a step count) as its state.
 */
export interface Optimizer {
  readonly settings: OptimizerSettings;
  /**
   * Moves every weight and bias of `net` by the rule of this optimizer, given the mean gradients
   * `grads` of the net's current parameters. Mutates `net` and the optimizer's state; allocates
   * nothing.
   */
  step(net: Network, grads: Gradients, learningRate: number): void;
  /** How many numbers `snapshot` writes and `restore` reads: 0 for plain gradient descent. */
  readonly stateSize: number;
  /** Copies the whole state into `into`, of length `stateSize`. Mutates `into`. */
  snapshot(into: Float64Array): void;
  /**
   * Sets the whole state from `from`, of length `stateSize`, as written by `snapshot`: the steps
   * that follow are those that followed the snapshot. Mutates the optimizer.
   */
  restore(from: Float64Array): void;
  /** Back to the state before the first step. Mutates the optimizer. */
  reset(): void;
}

/**
 * An optimizer for networks of shape `layers`, with the state of one that has not yet stepped.
 * Throws a RangeError naming the field of `settings` that is out of range.
 */
export function createOptimizer(layers: readonly number[], settings: OptimizerSettings): Optimizer {
  checkOptimizerSettings(settings);
  switch (settings.kind) {
    case 'gd':
      return createGdOptimizer();
    case 'momentum':
      return createMomentumOptimizer(layers, settings);
    case 'adam':
      return createAdamOptimizer(layers, settings);
  }
}
