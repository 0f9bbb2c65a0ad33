import { describe, expect, it } from 'vitest';
import { createAppStore, followInspectedPoint, traceInspectedPoint } from '../../src/store';

const POINTS = [
  { x: -0.6, y: 0.5, label: 0 },
  { x: 0.1, y: -0.2, label: 1 },
  { x: 0.7, y: 0.6, label: 0 },
];

function storeWithPoints() {
  const store = createAppStore();
  store.getState().setPoints(POINTS, 'custom');
  return store;
}

describe('inspectPoint(index) and toggleInspect()', () => {
  it('opens on a point, refuses an index that is not one with a notice, and closes', () => {
    const store = storeWithPoints();
    store.getState().inspectPoint(2);
    expect(store.getState().inspectedPoint).toBe(2);
    for (const bad of [3, -1, 0.5, Number.NaN]) {
      store.getState().inspectPoint(bad);
      expect(store.getState().inspectedPoint).toBe(2);
      expect(store.getState().notice).toMatch(/Only the 3 points/);
    }
    store.getState().inspectPoint(null);
    expect(store.getState().inspectedPoint).toBeNull();
  });

  it('turning Inspect off also closes the panel', () => {
    const store = storeWithPoints();
    store.getState().toggleInspect();
    store.getState().inspectPoint(1);
    expect(store.getState().inspecting).toBe(true);
    store.getState().toggleInspect();
    expect(store.getState()).toMatchObject({ inspecting: false, inspectedPoint: null });
  });
});

describe('followInspectedPoint(previous, next, index)', () => {
  it('follows the same point, keeps a point moved in place, and gives null when it is gone', () => {
    const [a, b, c] = POINTS;
    expect(followInspectedPoint(POINTS, [b, c], 2)).toBe(1);
    expect(followInspectedPoint(POINTS, [a, { ...b, x: 0 }, c], 1)).toBe(1);
    expect(followInspectedPoint(POINTS, [a, c], 1)).toBeNull();
    expect(followInspectedPoint(POINTS, [{ ...a }, { ...b }, { ...c }], 1)).toBeNull();
  });
});

describe('traceInspectedPoint(state)', () => {
  it('traces the inspected point through the live network, or gives null when none is', () => {
    const store = storeWithPoints();
    expect(traceInspectedPoint(store.getState())).toBeNull();
    store.getState().inspectPoint(1);
    const inspected = traceInspectedPoint(store.getState())!;
    expect(inspected).toMatchObject({ index: 1, point: POINTS[1], viewing: false, problem: null });
    expect(inspected.trace!.weights).toEqual(store.getState().trainer.network.weights);
  });
});
