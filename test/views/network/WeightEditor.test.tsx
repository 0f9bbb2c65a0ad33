import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { createFrameScheduler, FrameSchedulerProvider } from '../../../src/views';
import { NetworkView } from '../../../src/views/network';
import { weightLabel } from '../../../src/views/network/parameterLabels';
import { fakeCanvasContexts } from './fakeCanvas';
import { manualFrames } from './manualFrames';

// The diagram's svg is 560 viewBox units wide: on screen, 1120 px (2 px a unit).
const SVG_WIDTH_PX = 1120;

beforeEach(() => {
  fakeCanvasContexts();
});
afterEach(() => vi.restoreAllMocks());

function renderView(store: AppStore = createAppStore()) {
  const frames = manualFrames();
  render(
    <StoreProvider store={store}>
      <FrameSchedulerProvider scheduler={createFrameScheduler(frames.host)}>
        <NetworkView />
      </FrameSchedulerProvider>
    </StoreProvider>,
  );
  const svg = screen.getByRole('img', { name: /^Network/ }) as unknown as SVGSVGElement;
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    width: SVG_WIDTH_PX,
    height: 700,
    right: SVG_WIDTH_PX,
    bottom: 700,
    toJSON: () => ({}),
  });
  return { store, svg, ...frames };
}

const hitLine = (layer: number, from: number, to: number) =>
  document.querySelector(
    `.network-edge-hit[data-layer="${layer}"][data-from="${from}"][data-to="${to}"]`,
  )!;
const weightOf = (store: AppStore, layer: number, to: number, from: number) => {
  const { layers, weights } = store.getState().trainer.network;
  return weights[layer - 1][to * layers[layer - 1] + from];
};
const field = () => screen.getByRole('spinbutton', { name: 'Weight' }) as HTMLInputElement;
const click = (element: Element, at = { clientX: 100, clientY: 100 }) => {
  fireEvent.pointerDown(element, { ...at, button: 0, pointerId: 1 });
  fireEvent.pointerUp(element, { ...at, button: 0, pointerId: 1 });
};

describe('editing a weight in <NetworkView />', () => {
  it('clicking an edge opens a Weight field with its value; Enter applies a new one', () => {
    const { store, runFrame } = renderView();
    const version = store.getState().weightsVersion;
    click(hitLine(2, 1, 3));
    expect(screen.getByRole('group', { name: 'Edit W^2_(4,2)' })).toBeTruthy();
    expect(Number(field().value)).toBe(weightOf(store, 2, 3, 1));
    expect(document.activeElement).toBe(field());

    fireEvent.change(field(), { target: { value: '-3.5' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(weightOf(store, 2, 3, 1)).toBe(-3.5);
    expect(store.getState().weightsVersion).toBeGreaterThan(version);
    expect(screen.queryByRole('spinbutton', { name: 'Weight' })).toBeNull();

    // The diagram shows the new weight in the next frame.
    runFrame();
    fireEvent.pointerOver(hitLine(2, 1, 3));
    expect(screen.getByTestId('network-tooltip').textContent).toBe(weightLabel(2, 3, 1, -3.5));
  });

  it.each(['abc', '', '1e9', '-100.5', 'Infinity'])(
    'refuses %j with a notice, keeping the weight and the field open',
    (text) => {
      const { store } = renderView();
      const before = weightOf(store, 1, 0, 0);
      click(hitLine(1, 0, 0));
      fireEvent.change(field(), { target: { value: text } });
      fireEvent.keyDown(field(), { key: 'Enter' });
      expect(weightOf(store, 1, 0, 0)).toBe(before);
      expect(store.getState().notice).toMatch(/A weight must be a number from -100 to 100/);
      // The field stays open for another try.
      expect(document.activeElement).toBe(field());
    },
  );

  it('Escape closes the field without changing the weight', () => {
    const { store } = renderView();
    const before = weightOf(store, 3, 1, 0);
    click(hitLine(3, 0, 1));
    fireEvent.change(field(), { target: { value: '2' } });
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(screen.queryByRole('spinbutton', { name: 'Weight' })).toBeNull();
    expect(weightOf(store, 3, 1, 0)).toBe(before);
    expect(store.getState().notice).toBeNull();
  });

  it('dragging along an edge changes its weight by the distance dragged along it', () => {
    const { store, svg } = renderView();
    const line = hitLine(1, 0, 0);
    const before = weightOf(store, 1, 0, 0);
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)));
    const length = Math.hypot(x2 - x1, y2 - y1);
    // 40 units along the edge, towards its receiving neuron, in screen pixels.
    const [dx, dy] = [((x2 - x1) / length) * 80, ((y2 - y1) / length) * 80];
    fireEvent.pointerDown(line, { clientX: 200, clientY: 200, button: 0, pointerId: 7 });
    fireEvent.pointerMove(svg, { clientX: 200 + dx, clientY: 200 + dy, pointerId: 7 });
    expect(weightOf(store, 1, 0, 0)).toBeCloseTo(before + 40 * 0.02, 10);
    fireEvent.pointerMove(svg, { clientX: 200 - dx, clientY: 200 - dy, pointerId: 7 });
    expect(weightOf(store, 1, 0, 0)).toBeCloseTo(before - 40 * 0.02, 10);
    fireEvent.pointerUp(svg, { clientX: 200 - dx, clientY: 200 - dy, pointerId: 7 });
    // A drag opens no field.
    expect(screen.queryByRole('spinbutton', { name: 'Weight' })).toBeNull();
  });

  it('from the keyboard: arrows pick an edge, Enter opens its field, Escape returns focus', () => {
    const { store, svg } = renderView();
    act(() => (svg as unknown as HTMLElement).focus());
    fireEvent.keyDown(svg, { key: 'ArrowDown' });
    fireEvent.keyDown(svg, { key: 'ArrowDown' });
    fireEvent.keyDown(svg, { key: 'PageDown' });
    // The first edge of layer 2: W^2_(1,1).
    expect(screen.getByTestId('network-tooltip').textContent).toBe(
      weightLabel(2, 0, 0, weightOf(store, 2, 0, 0)),
    );
    fireEvent.keyDown(svg, { key: 'Enter' });
    expect(document.activeElement).toBe(field());
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(document.activeElement).toBe(svg);
  });

  it('refuses an edit while an earlier iteration is viewed, and says how to go on', () => {
    const { store } = renderView();
    act(() => store.getState().step());
    act(() => store.getState().viewIteration(0));
    const before = weightOf(store, 1, 0, 0);
    expect(store.getState().setWeight(1, 0, 0, 1)).toBe(false);
    expect(weightOf(store, 1, 0, 0)).toBe(before);
    expect(store.getState().notice).toMatch(/Live/);
  });
});
