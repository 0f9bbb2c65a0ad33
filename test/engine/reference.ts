import type { LabelledPoint, Network } from '../../src/engine';

/**
 * A deliberately plain implementation of the post's loops, one point at a time, on nested number
 * arrays. It shares no code with the engine: only a Network's weights are read from it, so the
 * engine's batched, flat-array version can be checked against it.
 */

export interface ReferencePoint {
  readonly input: readonly number[];
  readonly label: number;
}

export interface ReferenceModel {
  readonly layers: readonly number[];
  readonly activation: string;
  /** weights[l - 1][i][j] is W^l_(i,j): from neuron j of layer l - 1 to neuron i of layer l. */
  readonly weights: number[][][];
  /** biases[l - 1][i] is b^l_i. */
  readonly biases: number[][];
}

export interface ReferencePass {
  /** z[l] for l = 1..L; z[0] is empty. */
  readonly z: number[][];
  /** a[0] is the input, a[L] the softmax probabilities. */
  readonly a: number[][];
}

export interface ReferenceGradients {
  readonly weights: number[][][];
  readonly biases: number[][];
}

interface ReferenceActivation {
  readonly f: (z: number) => number;
  readonly df: (z: number) => number;
}

function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

const referenceActivations: Record<string, ReferenceActivation> = {
  relu: { f: (z) => Math.max(z, 0), df: (z) => (z > 0 ? 1 : 0) },
  'leaky-relu': { f: (z) => (z < 0 ? z / 100 : z), df: (z) => (z < 0 ? 1 / 100 : 1) },
  tanh: { f: (z) => Math.tanh(z), df: (z) => 1 / Math.cosh(z) ** 2 },
  sigmoid: { f: logistic, df: (z) => logistic(z) * (1 - logistic(z)) },
  linear: { f: (z) => z, df: () => 1 },
};

function activationOf(name: string): ReferenceActivation {
  const activation = referenceActivations[name];
  if (activation === undefined) throw new Error(`reference: no activation ${name}`);
  return activation;
}

/** Copies a Network's parameters into nested arrays. */
export function referenceModelOf(net: Network): ReferenceModel {
  const { layers } = net;
  const weights: number[][][] = [];
  const biases: number[][] = [];
  for (let l = 1; l < layers.length; l++) {
    const rows: number[][] = [];
    for (let i = 0; i < layers[l]; i++) {
      const row: number[] = [];
      for (let j = 0; j < layers[l - 1]; j++) row.push(net.weights[l - 1][i * layers[l - 1] + j]);
      rows.push(row);
    }
    weights.push(rows);
    biases.push(Array.from(net.biases[l - 1]));
  }
  return { layers: [...layers], activation: net.activation, weights, biases };
}

export function referencePointsOf(points: readonly LabelledPoint[]): ReferencePoint[] {
  return points.map((point) => ({ input: [point.x, point.y], label: point.label }));
}

export function referenceSoftmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((value) => Math.exp(value - max));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/** z^l = W^l a^(l-1) + b^l, a^l = f(z^l), softmax at the output, for one point. */
export function referenceForward(model: ReferenceModel, input: readonly number[]): ReferencePass {
  const activation = activationOf(model.activation);
  const last = model.layers.length - 1;
  const z: number[][] = [[]];
  const a: number[][] = [[...input]];
  for (let l = 1; l <= last; l++) {
    const w = model.weights[l - 1];
    const b = model.biases[l - 1];
    const zl: number[] = [];
    for (let i = 0; i < model.layers[l]; i++) {
      let sum = b[i];
      for (let j = 0; j < model.layers[l - 1]; j++) sum += w[i][j] * a[l - 1][j];
      zl.push(sum);
    }
    z.push(zl);
    a.push(l < last ? zl.map(activation.f) : referenceSoftmax(zl));
  }
  return { z, a };
}

/** Cross-entropy -sum_k y_k log(a_k) with y one-hot. */
export function referencePointLoss(model: ReferenceModel, point: ReferencePoint): number {
  const { a } = referenceForward(model, point.input);
  return -Math.log(a[a.length - 1][point.label]);
}

export function referenceMeanLoss(
  model: ReferenceModel,
  points: readonly ReferencePoint[],
): number {
  let total = 0;
  for (const point of points) total += referencePointLoss(model, point);
  return total / points.length;
}

/** Mean loss, and the fraction of points whose most probable class (first on ties) is the label. */
export function referenceEvaluate(
  model: ReferenceModel,
  points: readonly ReferencePoint[],
): { loss: number; accuracy: number } {
  let correct = 0;
  for (const point of points) {
    const { a } = referenceForward(model, point.input);
    const output = a[a.length - 1];
    let best = 0;
    for (let k = 1; k < output.length; k++) if (output[k] > output[best]) best = k;
    if (best === point.label) correct++;
  }
  return { loss: referenceMeanLoss(model, points), accuracy: correct / points.length };
}

/**
 * The post's backpropagation, point by point: delta^L = a^L - y,
 * delta^l = (W^(l+1))^T delta^(l+1) ⊙ f'(z^l), and dC/dW^l += delta^l (a^(l-1))^T,
 * dC/db^l += delta^l, summed (not averaged) over the points.
 */
export function referenceGradientSums(
  model: ReferenceModel,
  points: readonly ReferencePoint[],
): ReferenceGradients {
  const activation = activationOf(model.activation);
  const { layers } = model;
  const last = layers.length - 1;
  const weights = model.weights.map((w) => w.map((row) => row.map(() => 0)));
  const biases = model.biases.map((b) => b.map(() => 0));
  for (const point of points) {
    const { z, a } = referenceForward(model, point.input);
    let delta = a[last].map((value, k) => value - (k === point.label ? 1 : 0));
    for (let l = last; l >= 1; l--) {
      for (let i = 0; i < layers[l]; i++) {
        biases[l - 1][i] += delta[i];
        for (let j = 0; j < layers[l - 1]; j++) weights[l - 1][i][j] += delta[i] * a[l - 1][j];
      }
      if (l === 1) break;
      const below: number[] = [];
      for (let j = 0; j < layers[l - 1]; j++) {
        let sum = 0;
        for (let i = 0; i < layers[l]; i++) sum += model.weights[l - 1][i][j] * delta[i];
        below.push(sum * activation.df(z[l - 1][j]));
      }
      delta = below;
    }
  }
  return { weights, biases };
}

/**
 * One step of the post's gradient descent on the points `indices` (repeats allowed):
 * W = W - lr * dC_dW / m for every weight and bias. Returns the batch's mean loss before the
 * update. Mutates `model`.
 */
export function referenceStep(
  model: ReferenceModel,
  points: readonly ReferencePoint[],
  indices: readonly number[],
  learningRate: number,
): number {
  const batch = indices.map((index) => points[index]);
  const m = batch.length;
  const loss = referenceMeanLoss(model, batch);
  const sums = referenceGradientSums(model, batch);
  model.weights.forEach((w, l) =>
    w.forEach((row, i) =>
      row.forEach((_, j) => {
        row[j] = row[j] - (learningRate * sums.weights[l][i][j]) / m;
      }),
    ),
  );
  model.biases.forEach((b, l) =>
    b.forEach((_, i) => {
      b[i] = b[i] - (learningRate * sums.biases[l][i]) / m;
    }),
  );
  return loss;
}

/** The largest |difference| between any weight or bias of `net` and of `model`. */
export function maxParameterDifference(net: Network, model: ReferenceModel): number {
  const ours = referenceModelOf(net);
  let max = 0;
  ours.weights.forEach((w, l) =>
    w.forEach((row, i) =>
      row.forEach((value, j) => {
        max = Math.max(max, Math.abs(value - model.weights[l][i][j]));
      }),
    ),
  );
  ours.biases.forEach((b, l) =>
    b.forEach((value, i) => {
      max = Math.max(max, Math.abs(value - model.biases[l][i]));
    }),
  );
  return max;
}
