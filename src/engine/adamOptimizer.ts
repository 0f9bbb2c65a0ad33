import { parameterCount } from './network';
import type { Optimizer } from './optimizer';
import { checkStateLength } from './optimizerState';
import type { AdamSettings } from './optimizerSettings';

/**
 * Adam (Kingma and Ba): with t the optimizer's own step count, from 1,
 *   m = β1 m + (1 - β1) g,   v = β2 v + (1 - β2) g²,
 *   p -= lr (m / (1 - β1^t)) / (sqrt(v / (1 - β2^t)) + ε).
 * The state is one flat array: every first moment m, then every second moment v (each in the
 * order W^1, b^1, W^2, b^2, ...), then t, the number of steps taken.
 */
export function createAdamOptimizer(layers: readonly number[], settings: AdamSettings): Optimizer {
  const { beta1, beta2, epsilon } = settings;
  const count = parameterCount(layers);
  const state = new Float64Array(2 * count + 1);
  const stepIndex = 2 * count;
  // Set at each step, read by `update`, so the per-array loop needs no closure of its own.
  let learningRate = 0;
  let firstCorrection = 1;
  let secondCorrection = 1;

  /** Updates the parameters p from their gradients g, moments from `offset`. */
  function update(p: Float64Array, g: Float64Array, offset: number): number {
    for (let i = 0; i < p.length; i++) {
      const gradient = g[i];
      const m = beta1 * state[offset + i] + (1 - beta1) * gradient;
      const v = beta2 * state[count + offset + i] + (1 - beta2) * gradient * gradient;
      state[offset + i] = m;
      state[count + offset + i] = v;
      p[i] -= (learningRate * (m / firstCorrection)) / (Math.sqrt(v / secondCorrection) + epsilon);
    }
    return offset + p.length;
  }

  return {
    settings: { ...settings },
    stateSize: state.length,
    step(net, grads, rate) {
      const t = state[stepIndex] + 1;
      state[stepIndex] = t;
      learningRate = rate;
      firstCorrection = 1 - Math.pow(beta1, t);
      secondCorrection = 1 - Math.pow(beta2, t);
      let offset = 0;
      for (let l = 0; l < net.weights.length; l++) {
        offset = update(net.weights[l], grads.gradW[l], offset);
        offset = update(net.biases[l], grads.gradB[l], offset);
      }
    },
    snapshot(into) {
      checkStateLength(into, state.length);
      into.set(state);
    },
    restore(from) {
      checkStateLength(from, state.length);
      const t = from[stepIndex];
      if (!(Number.isInteger(t) && t >= 0)) {
        throw new RangeError(`The step count of an Adam state must be a whole number, found ${t}.`);
      }
      state.set(from);
    },
    reset() {
      state.fill(0);
    },
  };
}
