import { parameterCount } from './network';
import type { Optimizer } from './optimizer';
import { checkStateLength } from './optimizerState';
import type { MomentumSettings } from './optimizerSettings';

/**
 * Gradient descent with momentum: v = μ v + g; p -= lr v, with one velocity v a parameter, all
 * starting at 0. The state is the velocities, in the order W^1, b^1, W^2, b^2, ... (each array
 * as the network holds it).
 */
export function createMomentumOptimizer(
  layers: readonly number[],
  settings: MomentumSettings,
): Optimizer {
  const momentum = settings.momentum;
  const velocity = new Float64Array(parameterCount(layers));
  let learningRate = 0;

  /** Updates the parameters p from their gradients g, velocities from `offset`. */
  function update(p: Float64Array, g: Float64Array, offset: number): number {
    for (let i = 0; i < p.length; i++) {
      const v = momentum * velocity[offset + i] + g[i];
      velocity[offset + i] = v;
      p[i] -= learningRate * v;
    }
    return offset + p.length;
  }

  return {
    settings: { ...settings },
    stateSize: velocity.length,
    step(net, grads, rate) {
      learningRate = rate;
      let offset = 0;
      for (let l = 0; l < net.weights.length; l++) {
        offset = update(net.weights[l], grads.gradW[l], offset);
        offset = update(net.biases[l], grads.gradB[l], offset);
      }
    },
    snapshot(into) {
      checkStateLength(into, velocity.length);
      into.set(velocity);
    },
    restore(from) {
      checkStateLength(from, velocity.length);
      velocity.set(from);
    },
    reset() {
      velocity.fill(0);
    },
  };
}
