import { describe, expect, it } from 'vitest';
import { liveViewOf } from '../../../src/controls/tour/liveView';
import { createNetwork, createRng, DEFAULT_FEATURES, type Network } from '../../../src/engine';

const net: Network = createNetwork([2, 4, 4, 2], 'relu', createRng(7));
const point = { x: 0.4, y: -0.7, label: 1 };

/** The post's forward pass for one point, written out with plain loops. */
function plainForward(network: Network, x: number, y: number) {
  let a = [x, y];
  const zs: number[][] = [];
  for (let l = 1; l < network.layers.length; l++) {
    const z = Array.from({ length: network.layers[l] }, (_, i) =>
      a.reduce(
        (sum, v, j) => sum + network.weights[l - 1][i * a.length + j] * v,
        network.biases[l - 1][i],
      ),
    );
    zs.push(z);
    a = l < network.layers.length - 1 ? z.map((v) => Math.max(0, v)) : z;
  }
  const exps = a.map(Math.exp);
  const total = exps.reduce((s, v) => s + v, 0);
  return { zs, probabilities: exps.map((v) => v / total) };
}

const numbersIn = (text: string) => (text.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

describe('liveViewOf(step, input)', () => {
  const input = { network: net, features: DEFAULT_FEATURES, point };
  const reference = plainForward(net, point.x, point.y);

  it('gives the softmax probabilities of the point', () => {
    const view = liveViewOf('softmax', input);
    expect(view.kind).toBe('equation');
    const shown = numbersIn(view.text);
    reference.probabilities.forEach((p, k) => expect(shown[k]).toBeCloseTo(p, 2));
    expect(view.kind === 'equation' && view.tex).toContain('\\mathrm{SoftMax}');
  });
  it('gives the cost -log p of the point’s class', () => {
    const view = liveViewOf('cost', input);
    const shown = numbersIn(view.text);
    expect(shown.at(-1)).toBeCloseTo(-Math.log(reference.probabilities[1]), 2);
  });
  it('gives the layer’s sums in the layer step', () => {
    const shown = numbersIn(liveViewOf('layer', input).text).slice(1);
    reference.zs[1].forEach((z, i) => expect(shown[i]).toBeCloseTo(z, 2));
  });
  it('says so, without numbers, when there is no point or the inputs do not fit', () => {
    expect(liveViewOf('neuron', { ...input, point: undefined }).kind).toBe('problem');
    const wrongInputs = liveViewOf('neuron', { ...input, features: ['x', 'y', 'xy'] });
    expect(wrongInputs.kind).toBe('problem');
    expect(wrongInputs.text).not.toMatch(/NaN/);
  });
});
