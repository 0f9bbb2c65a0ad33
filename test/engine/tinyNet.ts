import type { Network, Samples } from '../../src/engine';

/**
 * A 1-2 network, no hidden layer: logits z_k = w_k x + b_k, softmax output. Small enough to work
 * its steps by hand.
 */
export function tinyNet(w: [number, number], b: [number, number]): Network {
  return {
    layers: [1, 2],
    activation: 'linear',
    weights: [Float64Array.from(w)],
    biases: [Float64Array.from(b)],
  };
}

/**
 * The cross-entropy and its gradients for the tiny net on one point (x, label), in closed form:
 * p = softmax(w x + b), dC/dw_k = (p_k - y_k) x, dC/db_k = p_k - y_k. Shares no code with the
 * engine.
 */
export function tinyGradients(w: number[], b: number[], x: number, label: number) {
  const z0 = w[0] * x + b[0];
  const z1 = w[1] * x + b[1];
  const p1 = 1 / (1 + Math.exp(z0 - z1));
  const p = [1 - p1, p1];
  const error = [p[0] - (label === 0 ? 1 : 0), p[1] - (label === 1 ? 1 : 0)];
  return {
    loss: -Math.log(p[label]),
    gradW: [error[0] * x, error[1] * x],
    gradB: error,
  };
}

/** Samples of one point with the single input x. */
export function onePoint(x: number, label: number): Samples {
  return { inputSize: 1, count: 1, inputs: Float64Array.of(x), labels: Uint8Array.of(label) };
}
