import type { Gradients } from './gradients';
import type { Network } from './network';
import type { Optimizer } from './optimizer';
import { checkStateLength } from './optimizerState';
import type { GdSettings } from './optimizerSettings';

/** W^l -= learningRate * dC/dW^l and b^l -= learningRate * dC/db^l for every layer. Mutates `net`. */
export function applyGradients(net: Network, grads: Gradients, learningRate: number): void {
  for (let l = 0; l < net.weights.length; l++) {
    const w = net.weights[l];
    const gradW = grads.gradW[l];
    for (let i = 0; i < w.length; i++) w[i] -= learningRate * gradW[i];
    const b = net.biases[l];
    const gradB = grads.gradB[l];
    for (let i = 0; i < b.length; i++) b[i] -= learningRate * gradB[i];
  }
}

const GD_SETTINGS: GdSettings = { kind: 'gd' };

/** The post's gradient descent, p -= lr g: it remembers nothing between steps. */
export function createGdOptimizer(): Optimizer {
  return {
    settings: GD_SETTINGS,
    stateSize: 0,
    step: applyGradients,
    snapshot: (into) => checkStateLength(into, 0),
    restore: (from) => checkStateLength(from, 0),
    reset() {},
  };
}
