import type { ActivationName, Network } from '../../engine';
import { texNumber } from './formatNumber';
import type { PointPass } from './pointPass';
import type { WeightedSum } from './weightedSum';

/** The activation as the equations name it. */
export const ACTIVATION_TEX: Readonly<Record<ActivationName, string>> = {
  relu: '\\mathrm{ReLU}',
  tanh: '\\tanh',
  sigmoid: '\\sigma',
  linear: '\\mathrm{id}',
  'leaky-relu': '\\mathrm{LeakyReLU}',
};

/** Two indices as a subscript: `13`, or `12,3` once either has two digits. */
export const pairIndex = (i: number, j: number) => (i < 10 && j < 10 ? `${i}${j}` : `${i},${j}`);

/** A factor in a product: negative numbers in parentheses. */
const factor = (value: number) => (value < 0 ? `(${texNumber(value)})` : texNumber(value));

/** z^l_i = W a + ... + b = z, with the numbers of `sum`. */
export function weightedSumTex(sum: WeightedSum): string {
  const { layer, index } = sum.neuron;
  const terms = sum.weights.map((w, j) => `${factor(w)} \\cdot ${factor(sum.inputs[j])}`);
  const bias = sum.bias < 0 ? `- ${texNumber(-sum.bias)}` : `+ ${texNumber(sum.bias)}`;
  return `z^{${layer}}_{${index + 1}} = ${terms.join(' + ')} ${bias} = ${texNumber(sum.z)}`;
}

/** a^l_i = f(z^l_i) = f(z) = a for a hidden neuron. */
export function activationTex(sum: WeightedSum, activation: ActivationName): string {
  const { layer, index } = sum.neuron;
  const f = ACTIVATION_TEX[activation];
  const at = `^{${layer}}_{${index + 1}}`;
  return `a${at} = ${f}(z${at}) = ${f}(${texNumber(sum.z)}) = ${texNumber(sum.output)}`;
}

const column = (values: ArrayLike<number>) =>
  `\\begin{bmatrix} ${Array.from(values, texNumber).join(' \\\\ ')} \\end{bmatrix}`;

/** z^l = W^l a^(l-1) + b^l with every number of layer `layer` in the pass. */
export function layerTex(network: Network, pass: PointPass, layer: number): string {
  const inputs = network.layers[layer - 1];
  const rows: string[] = [];
  const weights = network.weights[layer - 1];
  for (let i = 0; i < network.layers[layer]; i++) {
    rows.push(Array.from(weights.subarray(i * inputs, (i + 1) * inputs), texNumber).join(' & '));
  }
  const matrix = `\\begin{bmatrix} ${rows.join(' \\\\ ')} \\end{bmatrix}`;
  return (
    `\\mathbf{z}^{${layer}} = ${matrix} ${column(pass.a[layer - 1])} + ` +
    `${column(network.biases[layer - 1])} = ${column(pass.z[layer])}`
  );
}

/** a^L = SoftMax(z^L) with the point's numbers. */
export function softmaxTex(pass: PointPass): string {
  const last = pass.a.length - 1;
  return `\\mathbf{a}^{${last}} = \\mathrm{SoftMax}\\left(${column(pass.z[last])}\\right) = ${column(pass.probabilities)}`;
}

/** C = -log a^L_c for a point of class `classLabel` (from 0). */
export function costTex(pass: PointPass, classLabel: number): string {
  const last = pass.a.length - 1;
  const probability = pass.probabilities[classLabel];
  return (
    `C = -\\log a^{${last}}_{${classLabel + 1}} = -\\log ${texNumber(probability)} = ` +
    texNumber(pass.cost)
  );
}
