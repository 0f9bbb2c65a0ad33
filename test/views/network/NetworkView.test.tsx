import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { NetworkView } from '../../../src/views/network';
import { biasLabel, weightLabel } from '../../../src/views/network/parameterLabels';

function renderView(store: AppStore = createAppStore()) {
  render(
    <StoreProvider store={store}>
      <NetworkView />
    </StoreProvider>,
  );
  return store;
}

const edges = () => screen.getAllByTestId('edge');
const neurons = () => screen.getAllByTestId('neuron');
const tooltip = () => screen.getByTestId('network-tooltip');
const edge = (layer: number, from: number, to: number) =>
  edges().find(
    (e) =>
      e.dataset.layer === String(layer) &&
      e.dataset.from === String(from) &&
      e.dataset.to === String(to),
  )!;
const neuron = (layer: number, index: number) =>
  neurons().find((n) => n.dataset.layer === String(layer) && n.dataset.index === String(index))!;

/** [layer, index] of the first weight that differs, layer in post numbering. */
function changedWeight(before: Float64Array[], after: Float64Array[]): [number, number] {
  for (let l = before.length - 1; l >= 0; l--) {
    const k = before[l].findIndex((w, i) => w !== after[l][i]);
    if (k >= 0) return [l + 1, k];
  }
  throw new Error('no weight changed');
}

describe('<NetworkView />', () => {
  it("draws the store's network as an image named after its architecture", () => {
    renderView();
    expect(
      screen.getByRole('img', {
        name: 'Network 2-4-4-2: edge thickness shows |weight|, colour its sign',
      }),
    ).toBeTruthy();
    expect(edges()).toHaveLength(2 * 4 + 4 * 4 + 4 * 2);
    expect(neurons()).toHaveLength(2 + 4 + 4 + 2);
  });

  it('shows the weight of a hovered edge, and its new value after a training step', async () => {
    // A second store from the same seed tells which weight the first step will change.
    const oracle = createAppStore();
    const startWeights = oracle.getState().session.network.weights.map((w) => w.slice());
    oracle.getState().step();
    const [layer, k] = changedWeight(startWeights, oracle.getState().session.network.weights);

    const store = renderView();
    const { network } = store.getState().session;
    const nPrevious = network.layers[layer - 1];
    const [to, from] = [Math.floor(k / nPrevious), k % nPrevious];
    const hovered = edge(layer, from, to);
    fireEvent.pointerOver(hovered);
    expect(tooltip().textContent).toBe(weightLabel(layer, to, from, network.weights[layer - 1][k]));

    store.getState().step();
    const after = network.weights[layer - 1][k];
    expect(after).not.toBe(startWeights[layer - 1][k]);
    await waitFor(() => expect(tooltip().textContent).toBe(weightLabel(layer, to, from, after)));
    expect(edge(layer, from, to)).toBe(hovered);

    fireEvent.pointerLeave(screen.getByRole('img'));
    expect(tooltip().getAttribute('display')).toBe('none');
  });

  it('shows the bias of a hovered neuron and tells the store, until the pointer leaves', () => {
    const store = renderView();
    const { network } = store.getState().session;
    fireEvent.pointerOver(neuron(2, 3));
    expect(tooltip().textContent).toBe(biasLabel(2, 3, network.biases[1][3]));
    expect(store.getState().hoveredNeuron).toEqual({ layer: 2, index: 3 });
    expect(neuron(2, 3).classList.contains('is-highlighted')).toBe(true);

    fireEvent.pointerOver(edge(1, 0, 0));
    expect(store.getState().hoveredNeuron).toBeNull();
    fireEvent.pointerOver(neuron(3, 0));
    expect(store.getState().hoveredNeuron).toEqual({ layer: 3, index: 0 });
    fireEvent.pointerLeave(screen.getByRole('img'));
    expect(store.getState().hoveredNeuron).toBeNull();
    expect(document.querySelectorAll('.is-highlighted')).toHaveLength(0);
  });

  it('names a hovered input neuron without putting it in the store', () => {
    const store = renderView();
    fireEvent.pointerOver(neuron(0, 0));
    expect(tooltip().textContent).toBe('input x');
    expect(store.getState().hoveredNeuron).toBeNull();
  });

  it('rings the neuron another view hovers', () => {
    const store = renderView();
    store.getState().hoverNeuron({ layer: 1, index: 2 });
    expect(neuron(1, 2).classList.contains('is-highlighted')).toBe(true);
    store.getState().hoverNeuron(null);
    expect(neuron(1, 2).classList.contains('is-highlighted')).toBe(false);
  });

  it('lays the diagram out again for a new architecture', async () => {
    const store = renderView();
    store.getState().setHiddenLayers([3]);
    await waitFor(() => expect(edges()).toHaveLength(2 * 3 + 3 * 2));
    expect(neurons()).toHaveLength(2 + 3 + 2);
    expect(
      screen.getByRole('img', {
        name: 'Network 2-3-2: edge thickness shows |weight|, colour its sign',
      }),
    ).toBeTruthy();
    const { network } = store.getState().session;
    fireEvent.pointerOver(edge(2, 2, 1));
    expect(tooltip().textContent).toBe(weightLabel(2, 1, 2, network.weights[1][1 * 3 + 2]));
  });
});
