import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';

const fresh = () => createAppStore();

describe('createAppStore()', () => {
  it("starts with the post's set-up: 2-4-4-2 ReLU, learning rate 0.2, m = 100, stop at 1000", () => {
    const s = fresh().getState();
    expect(s.trainer.network.layers).toEqual([2, 4, 4, 2]);
    expect(s.activation).toBe('relu');
    expect(s.learningRate).toBe(0.2);
    expect(s.batchSize).toBe(100);
    expect(s.stopAfter).toBe(1000);
    expect(s.points.length).toBeGreaterThan(100);
    expect(s.progress.iteration).toBe(0);
    expect(Number.isFinite(s.progress.cost)).toBe(true);
  });
});

describe('step()', () => {
  it('runs one iteration and publishes the new progress', () => {
    const store = fresh();
    const before = store.getState().progress;
    store.getState().step();
    const after = store.getState().progress;
    expect(after.iteration).toBe(1);
    expect(after).not.toBe(before);
    expect(store.getState().trainer.history.length).toBe(1);
  });
});

describe('trainer.advance(steps) while playing', () => {
  it('pauses by itself at stopAfter', () => {
    const store = fresh();
    store.getState().setStopAfter(12);
    store.getState().play();
    store.getState().trainer.advance(5, 0);
    store.getState().trainer.advance(5, 0);
    store.getState().trainer.advance(5, 0);
    expect(store.getState().progress.iteration).toBe(12);
    expect(store.getState().running).toBe(false);
  });

  it('lowers the cost on the post dataset', () => {
    const store = fresh();
    const start = store.getState().progress.cost;
    store.getState().play();
    for (let i = 0; i < 30; i++) store.getState().trainer.advance(20, 0);
    expect(store.getState().progress.cost).toBeLessThan(start);
  });

  it('Play at the stop runs on for another stopAfter iterations', () => {
    const store = fresh();
    store.getState().setStopAfter(3);
    store.getState().play();
    store.getState().trainer.advance(10, 0);
    expect(store.getState().running).toBe(false);
    store.getState().play();
    expect(store.getState().running).toBe(true);
    store.getState().trainer.advance(10, 0);
    expect(store.getState().progress.iteration).toBe(6);
  });
});

describe('setLearningRate(rate)', () => {
  it('applies to the next step without a reset', () => {
    const store = fresh();
    store.getState().play();
    store.getState().trainer.advance(10, 0);
    const session = store.getState().trainer.session;
    store.getState().setLearningRate(0.05);
    expect(store.getState().trainer.session).toBe(session);
    store.getState().trainer.advance(1, 0);
    expect(store.getState().progress.iteration).toBe(11);
    expect(store.getState().learningRate).toBe(0.05);
  });

  it('refuses absurd values with a notice and keeps the old rate', () => {
    const store = fresh();
    for (const bad of [Number.NaN, -1, 0, 1e9, Infinity]) {
      store.getState().setLearningRate(bad);
      expect(store.getState().learningRate).toBe(0.2);
      expect(store.getState().notice).toMatch(/learning rate/i);
    }
  });

  it('a rate that makes training diverge pauses with a notice and never shows NaN', () => {
    const store = fresh();
    store.getState().setActivation('linear');
    store.getState().setPoints(
      store.getState().points.map((p) => ({ ...p, x: p.x * 1e5, y: p.y * 1e5 })),
      'custom',
    );
    store.getState().setLearningRate(10);
    store.getState().setStopAfter(null);
    store.getState().play();
    for (let i = 0; i < 50 && store.getState().running; i++)
      store.getState().trainer.advance(50, 0);
    const s = store.getState();
    expect(s.running).toBe(false);
    expect(s.notice).toMatch(/diverged/);
    expect(Number.isFinite(s.progress.cost)).toBe(true);
    expect(Number.isFinite(s.progress.accuracy)).toBe(true);
  });
});

describe('reset()', () => {
  it('restarts at iteration 0 with the weights of the seed', () => {
    const store = fresh();
    const initial = store.getState().trainer.network.weights.map((w) => w.slice());
    store.getState().play();
    store.getState().trainer.advance(20, 0);
    store.getState().reset();
    const s = store.getState();
    expect(s.progress.iteration).toBe(0);
    expect(s.trainer.history.length).toBe(0);
    expect(s.trainer.network.weights).toEqual(initial);
  });
});

describe('points', () => {
  it('addPoint adds a point of the selected class, clamped to the plane', () => {
    const store = fresh();
    store.getState().loadDataset('empty');
    store.getState().selectClass(1);
    store.getState().addPoint(0.25, -0.5);
    store.getState().addPoint(99, 0);
    expect(store.getState().points).toEqual([
      { x: 0.25, y: -0.5, label: 1 },
      { x: 1.2, y: 0, label: 1 },
    ]);
    expect(store.getState().samples.count).toBe(2);
    expect(store.getState().dataset).toBe('custom');
  });

  it('points added while training are trained on by the next step', () => {
    const store = fresh();
    store.getState().loadDataset('empty');
    store.getState().addPoint(0.5, 0.5, 0);
    store.getState().play();
    store.getState().trainer.advance(1, 0);
    store.getState().addPoint(-0.5, -0.5, 1);
    expect(store.getState().samples.count).toBe(2);
    expect(store.getState().running).toBe(true);
  });

  it('removeNearestPoint removes only the nearest point within the radius', () => {
    const store = fresh();
    store.getState().loadDataset('empty');
    store.getState().addPoint(0, 0, 0);
    store.getState().addPoint(0.5, 0, 1);
    expect(store.getState().removeNearestPoint(0.45, 0.02, 0.1)).toBe(true);
    expect(store.getState().points).toEqual([{ x: 0, y: 0, label: 0 }]);
    expect(store.getState().removeNearestPoint(0.9, 0.9, 0.1)).toBe(false);
    expect(store.getState().points).toHaveLength(1);
  });

  it('movePoint moves one point and keeps its class', () => {
    const store = fresh();
    store.getState().loadDataset('empty');
    store.getState().addPoint(0, 0, 1);
    store.getState().movePoint(0, 0.3, 0.4);
    expect(store.getState().points).toEqual([{ x: 0.3, y: 0.4, label: 1 }]);
  });

  it('Play with no points explains what to do instead of training on nothing', () => {
    const store = fresh();
    store.getState().loadDataset('empty');
    store.getState().play();
    expect(store.getState().running).toBe(false);
    expect(store.getState().notice).toMatch(/points/);
  });

  it("loadDataset switches between the post's datasets and restarts", () => {
    const store = fresh();
    const first = store.getState().points;
    store.getState().step();
    store.getState().loadDataset('seed-2');
    expect(store.getState().points).not.toEqual(first);
    expect(store.getState().dataset).toBe('seed-2');
    expect(store.getState().progress.iteration).toBe(0);
  });
});

describe('configuration', () => {
  it('setClassCount rebuilds the output layer and drops points of removed classes', () => {
    const store = fresh();
    store.getState().loadDataset('empty');
    store.getState().setClassCount(4);
    store.getState().addPoint(0, 0, 3);
    store.getState().addPoint(0.1, 0, 1);
    expect(store.getState().trainer.network.layers).toEqual([2, 4, 4, 4]);
    store.getState().setClassCount(3);
    expect(store.getState().points).toEqual([{ x: 0.1, y: 0, label: 1 }]);
    expect(store.getState().trainer.network.layers).toEqual([2, 4, 4, 3]);
  });

  it('setHiddenLayers builds the new network and refuses absurd shapes', () => {
    const store = fresh();
    store.getState().setHiddenLayers([8, 8, 8, 8, 8, 8]);
    expect(store.getState().trainer.network.layers).toEqual([2, 8, 8, 8, 8, 8, 8, 2]);
    store.getState().setHiddenLayers([0]);
    expect(store.getState().notice).toMatch(/hidden layers/i);
    store.getState().setHiddenLayers([1000]);
    expect(store.getState().trainer.network.layers).toEqual([2, 8, 8, 8, 8, 8, 8, 2]);
  });

  it('setBatchSize accepts whole numbers and full, and refuses the rest', () => {
    const store = fresh();
    store.getState().setBatchSize('full');
    expect(store.getState().batchSize).toBe('full');
    store.getState().setBatchSize(1.5);
    expect(store.getState().batchSize).toBe('full');
    expect(store.getState().notice).toMatch(/batch size/i);
  });
});

describe('fixes from review', () => {
  it('Step still steps once training has stopped at stopAfter', () => {
    const store = fresh();
    store.getState().setStopAfter(2);
    store.getState().play();
    store.getState().trainer.advance(5, 0);
    expect(store.getState().progress.iteration).toBe(2);
    store.getState().step();
    expect(store.getState().progress.iteration).toBe(3);
    expect(store.getState().running).toBe(false);
  });

  it('setPoints with more classes publishes only costs of a network with that many outputs', () => {
    const store = fresh();
    const published: number[] = [];
    store.subscribe(
      (s) => s.progress,
      (progress) => published.push(progress.cost),
    );
    const points = [0, 1, 2, 3].map((label) => ({ x: label / 4, y: -label / 4, label }));
    store.getState().setPoints(points, 'custom');
    expect(store.getState().trainer.network.layers.at(-1)).toBe(4);
    expect(published.length).toBe(1);
    const expected = store.getState().trainer.measure(store.getState()).cost;
    expect(published[0]).toBe(expected);
  });

  it('setPoints refuses points that are not on the plane or not of a class', () => {
    const store = fresh();
    const before = store.getState().points;
    store.getState().setPoints([{ x: Number.NaN, y: 0, label: 0 }], 'custom');
    store.getState().setPoints([{ x: 0, y: 0, label: 8 }], 'custom');
    expect(store.getState().points).toBe(before);
    expect(store.getState().notice).toMatch(/point 1/i);
  });

  it('moving the hovered point keeps it hovered', () => {
    const store = fresh();
    store.getState().hoverPoint(3);
    store.getState().movePoint(3, 0.1, 0.2);
    expect(store.getState().hoveredPoint).toBe(3);
    store.getState().removeNearestPoint(0.1, 0.2, 0.01);
    expect(store.getState().hoveredPoint).toBeNull();
  });

  it('pausing publishes a rate of 0 steps a second', () => {
    const store = fresh();
    store.getState().play();
    store.getState().trainer.advance(3, 900);
    expect(store.getState().progress.stepsPerSecond).toBe(900);
    store.getState().pause();
    expect(store.getState().progress.stepsPerSecond).toBe(0);
  });
});

describe('stopping by itself', () => {
  it('publishes a rate of 0 when the run reaches stopAfter', () => {
    const store = fresh();
    store.getState().setStopAfter(4);
    store.getState().play();
    store.getState().trainer.advance(2, 500);
    expect(store.getState().progress.stepsPerSecond).toBe(500);
    store.getState().trainer.advance(2, 500);
    expect(store.getState().running).toBe(false);
    expect(store.getState().progress.stepsPerSecond).toBe(0);
  });
});

describe('weightsVersion', () => {
  it('changes exactly when the weights change: a step, a reset, a new architecture', () => {
    const store = fresh();
    const version = () => store.getState().weightsVersion;
    const start = version();
    store.getState().setLearningRate(0.1);
    store.getState().addPoint(0.1, 0.1);
    store.getState().selectClass(1);
    store.getState().pause();
    expect(version()).toBe(start);
    store.getState().step();
    expect(version()).toBe(start + 1);
    store.getState().reset();
    expect(version()).toBe(start + 2);
    store.getState().setHiddenLayers([3]);
    expect(version()).toBe(start + 3);
  });

  it('does not change when a frame trains no step (stopped at stopAfter)', () => {
    const store = fresh();
    store.getState().setStopAfter(1);
    store.getState().step();
    const version = store.getState().weightsVersion;
    store.getState().trainer.advance(5, 0);
    expect(store.getState().weightsVersion).toBe(version);
    expect(store.getState().progress.iteration).toBe(1);
  });
});
