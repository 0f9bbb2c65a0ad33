import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_HIDDEN_LAYERS, MAX_LAYER_SIZE } from '../../../src/data';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { createFrameScheduler, FrameSchedulerProvider } from '../../../src/views';
import { NetworkView } from '../../../src/views/network';
import { manualFrames } from './manualFrames';

function renderEditor(hiddenLayers?: readonly number[]) {
  const store: AppStore = createAppStore();
  if (hiddenLayers !== undefined) store.getState().setHiddenLayers(hiddenLayers);
  const frames = manualFrames();
  render(
    <StoreProvider store={store}>
      <FrameSchedulerProvider scheduler={createFrameScheduler(frames.host)}>
        <NetworkView />
      </FrameSchedulerProvider>
    </StoreProvider>,
  );
  return { store, user: userEvent.setup(), ...frames };
}

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
const addLayer = () => button('Add layer');
const removeLayer = () => button('Remove layer');
const addNeuron = (layer: number) => button(`Add neuron to layer ${layer}`);
const removeNeuron = (layer: number) => button(`Remove neuron from layer ${layer}`);
const neuronButtonNames = () =>
  screen
    .queryAllByRole('button', { name: /neuron (to|from) layer/ })
    .map((b) => b.getAttribute('aria-label'));
const hidden = (store: AppStore) => store.getState().hiddenLayers;

describe('<NetworkView /> network editor', () => {
  it('shows Add layer, Remove layer and a + and − for each hidden layer, with short text', () => {
    const { store } = renderEditor();
    expect(hidden(store)).toEqual([4, 4]);
    expect(neuronButtonNames()).toEqual([
      'Add neuron to layer 1',
      'Remove neuron from layer 1',
      'Add neuron to layer 2',
      'Remove neuron from layer 2',
    ]);
    expect(addNeuron(1).textContent).toBe('+');
    expect(removeNeuron(1).textContent).toBe('−');
    expect(addLayer().disabled).toBe(false);
    expect(removeLayer().disabled).toBe(false);
  });

  it('places each layer’s buttons over its column, left to right', () => {
    renderEditor([3, 5, 2]);
    const lefts = [1, 2, 3].map((layer) =>
      parseFloat((addNeuron(layer).parentElement as HTMLElement).style.left),
    );
    expect(lefts[0]).toBeGreaterThan(0);
    expect(lefts[1]).toBeGreaterThan(lefts[0]);
    expect(lefts[2]).toBeGreaterThan(lefts[1]);
    expect(lefts[2]).toBeLessThan(100);
  });

  it('Add layer appends a layer as wide as the last hidden one, and the diagram lays out again', async () => {
    const { store, user, runFrame } = renderEditor([4, 7]);
    await user.click(addLayer());
    expect(hidden(store)).toEqual([4, 7, 7]);
    expect(store.getState().trainer.network.layers).toEqual([2, 4, 7, 7, 2]);
    expect(addNeuron(3)).toBeTruthy();
    runFrame();
    expect(screen.getAllByTestId('neuron')).toHaveLength(2 + 4 + 7 + 7 + 2);
  });

  it('Add layer appends a layer of 4 when there is none; Remove layer is disabled with none', async () => {
    const { store, user } = renderEditor([]);
    expect(removeLayer().disabled).toBe(true);
    expect(neuronButtonNames()).toEqual([]);
    await user.click(addLayer());
    expect(hidden(store)).toEqual([4]);
    expect(removeLayer().disabled).toBe(false);
    await user.click(removeLayer());
    expect(hidden(store)).toEqual([]);
    expect(removeLayer().disabled).toBe(true);
  });

  it(`Add layer is disabled at ${MAX_HIDDEN_LAYERS} hidden layers`, async () => {
    const { store, user } = renderEditor(Array(MAX_HIDDEN_LAYERS - 1).fill(2));
    expect(addLayer().disabled).toBe(false);
    await user.click(addLayer());
    expect(hidden(store)).toHaveLength(MAX_HIDDEN_LAYERS);
    expect(addLayer().disabled).toBe(true);
    expect(neuronButtonNames()).toHaveLength(2 * MAX_HIDDEN_LAYERS);
    await user.click(removeLayer());
    expect(hidden(store)).toHaveLength(MAX_HIDDEN_LAYERS - 1);
    expect(addLayer().disabled).toBe(false);
  });

  it(`Add neuron is disabled at ${MAX_LAYER_SIZE} neurons, only for that layer`, async () => {
    const { store, user } = renderEditor([3, MAX_LAYER_SIZE - 1]);
    await user.click(addNeuron(2));
    expect(hidden(store)).toEqual([3, MAX_LAYER_SIZE]);
    expect(addNeuron(2).disabled).toBe(true);
    expect(removeNeuron(2).disabled).toBe(false);
    expect(addNeuron(1).disabled).toBe(false);
    await user.click(addNeuron(1));
    expect(hidden(store)).toEqual([4, MAX_LAYER_SIZE]);
  });

  it('Remove neuron is disabled at 1 neuron, only for that layer', async () => {
    const { store, user } = renderEditor([2, 5]);
    await user.click(removeNeuron(1));
    expect(hidden(store)).toEqual([1, 5]);
    expect(removeNeuron(1).disabled).toBe(true);
    expect(addNeuron(1).disabled).toBe(false);
    expect(removeNeuron(2).disabled).toBe(false);
    await user.click(removeNeuron(2));
    expect(hidden(store)).toEqual([1, 4]);
  });

  it('follows hidden layers set elsewhere (the Hidden layers field)', () => {
    const { store } = renderEditor();
    act(() => store.getState().setHiddenLayers([MAX_LAYER_SIZE]));
    expect(neuronButtonNames()).toEqual(['Add neuron to layer 1', 'Remove neuron from layer 1']);
    expect(addNeuron(1).disabled).toBe(true);
  });
});

describe('<NetworkView /> input names', () => {
  const inputLabels = () =>
    Array.from(document.querySelectorAll('.network-label-input'), (t) => t.textContent);

  it("names the input neurons by the store's features, in the next frame", () => {
    const { store, runFrame } = renderEditor();
    expect(inputLabels()).toEqual(['x', 'y']);
    act(() => store.getState().setFeatures(['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny']));
    runFrame();
    expect(inputLabels()).toEqual(['x', 'y', 'x²', 'y²', 'xy', 'sin πx', 'sin πy']);
    expect(screen.getAllByTestId('neuron').filter((n) => n.dataset.layer === '0')).toHaveLength(7);
  });

  it('renames the inputs when features change but their count does not', () => {
    const { store, runFrame } = renderEditor();
    act(() => store.getState().setFeatures(['x2', 'sinx']));
    runFrame();
    expect(inputLabels()).toEqual(['x²', 'sin πx']);
  });
});
