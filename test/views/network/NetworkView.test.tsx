import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { createFrameScheduler, FrameSchedulerProvider } from '../../../src/views';
import { NetworkView } from '../../../src/views/network';
import { biasLabel, weightLabel } from '../../../src/views/network/parameterLabels';
import { manualFrames } from './manualFrames';

function renderView(store: AppStore = createAppStore()) {
  const frames = manualFrames();
  const view = render(
    <StoreProvider store={store}>
      <FrameSchedulerProvider scheduler={createFrameScheduler(frames.host)}>
        <NetworkView />
      </FrameSchedulerProvider>
    </StoreProvider>,
  );
  return { store, ...frames, unmount: view.unmount };
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
const isRinged = (element: Element) => element.classList.contains('is-highlighted');

/** [layer, index] of the first weight that differs, layer in post numbering. */
function changedWeight(before: Float64Array[], after: Float64Array[]): [number, number] {
  for (let l = before.length - 1; l >= 0; l--) {
    const k = before[l].findIndex((w, i) => w !== after[l][i]);
    if (k >= 0) return [l + 1, k];
  }
  throw new Error('no weight changed');
}

describe('<NetworkView />', () => {
  it("draws the store's network at once, as an image named after its architecture", () => {
    renderView();
    expect(
      screen.getByRole('img', {
        name: 'Network 2-4-4-2: edge thickness shows |weight|, colour its sign',
      }),
    ).toBeTruthy();
    expect(edges()).toHaveLength(2 * 4 + 4 * 4 + 4 * 2);
    expect(neurons()).toHaveLength(2 + 4 + 4 + 2);
  });

  it('shows the weight of a hovered edge, and its new value in the frame after a step', () => {
    // A second store from the same seed tells which weight the first step will change.
    const oracle = createAppStore();
    const startWeights = oracle.getState().trainer.network.weights.map((w) => w.slice());
    oracle.getState().step();
    const [layer, k] = changedWeight(startWeights, oracle.getState().trainer.network.weights);

    const { store, runFrame } = renderView();
    runFrame();
    const { network } = store.getState().trainer;
    const nPrevious = network.layers[layer - 1];
    const [to, from] = [Math.floor(k / nPrevious), k % nPrevious];
    const hovered = edge(layer, from, to);
    fireEvent.pointerOver(hovered);
    const before = weightLabel(layer, to, from, network.weights[layer - 1][k]);
    expect(tooltip().textContent).toBe(before);

    act(() => store.getState().step());
    const after = network.weights[layer - 1][k];
    expect(after).not.toBe(startWeights[layer - 1][k]);
    expect(tooltip().textContent).toBe(before);
    runFrame();
    expect(tooltip().textContent).toBe(weightLabel(layer, to, from, after));
    expect(edge(layer, from, to)).toBe(hovered);

    fireEvent.pointerLeave(screen.getByRole('img'));
    expect(tooltip().getAttribute('display')).toBe('none');
  });

  it('shows the bias of a hovered neuron and tells the store, until the pointer leaves', () => {
    const { store, runFrame } = renderView();
    const { network } = store.getState().trainer;
    fireEvent.pointerOver(neuron(2, 3));
    expect(tooltip().textContent).toBe(biasLabel(2, 3, network.biases[1][3]));
    expect(store.getState().hoveredNeuron).toEqual({ layer: 2, index: 3 });
    runFrame();
    expect(isRinged(neuron(2, 3))).toBe(true);

    fireEvent.pointerOver(edge(1, 0, 0));
    expect(store.getState().hoveredNeuron).toBeNull();
    fireEvent.pointerOver(neuron(3, 0));
    expect(store.getState().hoveredNeuron).toEqual({ layer: 3, index: 0 });
    fireEvent.pointerLeave(screen.getByRole('img'));
    expect(store.getState().hoveredNeuron).toBeNull();
    runFrame();
    expect(document.querySelectorAll('.is-highlighted')).toHaveLength(0);
  });

  it('names a hovered input neuron without putting it in the store', () => {
    const { store } = renderView();
    fireEvent.pointerOver(neuron(0, 0));
    expect(tooltip().textContent).toBe('input x');
    expect(store.getState().hoveredNeuron).toBeNull();
  });

  it('rings the neuron another view hovers, in the next frame', () => {
    const { store, runFrame, settle, hasPendingFrame } = renderView();
    settle();
    store.getState().hoverNeuron({ layer: 1, index: 2 });
    expect(hasPendingFrame()).toBe(true);
    runFrame();
    expect(isRinged(neuron(1, 2))).toBe(true);
    store.getState().hoverNeuron(null);
    runFrame();
    expect(isRinged(neuron(1, 2))).toBe(false);
  });

  it('asks for no frame while nothing it shows changes', () => {
    const { store, settle, hasPendingFrame } = renderView();
    settle();
    act(() => store.getState().selectClass(1));
    expect(hasPendingFrame()).toBe(false);
  });

  it('lays the diagram out again for a new architecture', () => {
    const { store, runFrame } = renderView();
    act(() => store.getState().setHiddenLayers([3]));
    runFrame();
    expect(edges()).toHaveLength(2 * 3 + 3 * 2);
    expect(neurons()).toHaveLength(2 + 3 + 2);
    expect(
      screen.getByRole('img', {
        name: 'Network 2-3-2: edge thickness shows |weight|, colour its sign',
      }),
    ).toBeTruthy();
    const { network } = store.getState().trainer;
    fireEvent.pointerOver(edge(2, 2, 1));
    expect(tooltip().textContent).toBe(weightLabel(2, 1, 2, network.weights[1][1 * 3 + 2]));
  });

  it('stops painting and clears its own hover when unmounted', () => {
    const { store, settle, hasPendingFrame, unmount } = renderView();
    fireEvent.pointerOver(neuron(1, 0));
    settle();
    unmount();
    expect(store.getState().hoveredNeuron).toBeNull();
    store.getState().step();
    expect(hasPendingFrame()).toBe(false);
  });
});
