import type { Gradients } from './gradients';
import type { Network } from './network';

/**
 * The regularisation cost of the weights (never the biases): λ1 Σ|W| + (λ2 / 2) Σ W², over
 * every weight of every layer. It is what `addWeightPenaltyGradient` differentiates.
 */
export function weightPenalty(net: Network, l1: number, l2: number): number {
  let absolute = 0;
  let squared = 0;
  for (const w of net.weights) {
    for (let i = 0; i < w.length; i++) {
      absolute += Math.abs(w[i]);
      squared += w[i] * w[i];
    }
  }
  return l1 * absolute + 0.5 * l2 * squared;
}

/**
 * Adds the gradient of `weightPenalty` to the mean gradients of the weights:
 * dC/dW += λ2 W + λ1 sign(W), with sign(0) = 0 so a weight at zero feels no L1 pull. Biases are
 * left alone, and with λ1 = λ2 = 0 nothing is touched at all. Mutates `grads.gradW`.
 */
export function addWeightPenaltyGradient(
  net: Network,
  grads: Gradients,
  l1: number,
  l2: number,
): void {
  if (l1 === 0 && l2 === 0) return;
  for (let l = 0; l < net.weights.length; l++) {
    const w = net.weights[l];
    const g = grads.gradW[l];
    for (let i = 0; i < w.length; i++) {
      const sign = +(w[i] > 0) - +(w[i] < 0);
      g[i] += l2 * w[i] + l1 * sign;
    }
  }
}

/** Throws a RangeError unless the rate of regularisation `field` is a finite number >= 0. */
export function checkPenaltyRate(field: 'l1' | 'l2', rate: number): void {
  if (!(rate >= 0 && rate < Infinity)) {
    throw new RangeError(`The ${field} rate must be a finite number of at least 0, found ${rate}.`);
  }
}
