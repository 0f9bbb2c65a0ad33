import type { FeatureName, LabelledPoint, Network } from '../../engine';
import { formatNumber } from './formatNumber';
import { activationTex, costTex, layerTex, softmaxTex, weightedSumTex } from './liveTex';
import { passPoint } from './pointPass';
import type { TourStepId } from './tourSteps';
import { tourNeuron, weightedSumOf } from './weightedSum';

/** What a step shows live: an equation with the current numbers and the same said in words. */
export type LiveView =
  | { readonly kind: 'equation'; readonly tex: string; readonly text: string }
  | { readonly kind: 'problem'; readonly text: string };

/** The steps whose `Show me` keeps numbers of the network on screen. */
export const LIVE_STEPS: readonly TourStepId[] = ['neuron', 'relu', 'layer', 'softmax', 'cost'];

export interface LiveInput {
  readonly network: Network;
  readonly features: readonly FeatureName[];
  readonly point: LabelledPoint | undefined;
}

const list = (values: ArrayLike<number>) => Array.from(values, formatNumber).join(', ');

/** The live equation of step `id` for the example point through `network`. */
export function liveViewOf(id: TourStepId, { network, features, point }: LiveInput): LiveView {
  if (point === undefined) {
    return { kind: 'problem', text: 'There is no example point: place one on the plane.' };
  }
  const pass = passPoint(network, features, point);
  if (pass === null) {
    return { kind: 'problem', text: 'The network is changing shape; press Show me again.' };
  }
  const neuron = tourNeuron(network.layers);
  const sum = weightedSumOf(network, pass, neuron);
  switch (id) {
    case 'neuron': {
      const products = sum.weights.map(
        (w, j) => `${formatNumber(w)} × ${formatNumber(sum.inputs[j])}`,
      );
      return {
        kind: 'equation',
        tex: weightedSumTex(sum),
        text: `z = ${products.join(' + ')} + ${formatNumber(sum.bias)} = ${formatNumber(sum.z)}`,
      };
    }
    case 'relu':
      return {
        kind: 'equation',
        tex: activationTex(sum, network.activation),
        text: `a = ${network.activation}(${formatNumber(sum.z)}) = ${formatNumber(sum.output)}`,
      };
    case 'layer':
      return {
        kind: 'equation',
        tex: layerTex(network, pass, neuron.layer),
        text: `z of layer ${neuron.layer} = ${list(pass.z[neuron.layer])}`,
      };
    case 'softmax':
      return {
        kind: 'equation',
        tex: softmaxTex(pass),
        text: `probabilities by class: ${list(pass.probabilities)}`,
      };
    case 'cost':
      return {
        kind: 'equation',
        tex: costTex(pass, point.label),
        text:
          `C = −log ${formatNumber(pass.probabilities[point.label])} = ` +
          `${formatNumber(pass.cost)}`,
      };
    default:
      return { kind: 'problem', text: 'This step has no live numbers.' };
  }
}
