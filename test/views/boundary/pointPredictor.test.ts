import { describe, expect, it } from 'vitest';
import {
  createBatchBuffers,
  createNetwork,
  createRng,
  forward,
  loadBatch,
  samplesFromPoints,
  type FeatureName,
} from '../../../src/engine';
import { createPointPredictor } from '../../../src/views/boundary/pointPredictor';

describe('createPointPredictor(layers).predict(net, x, y)', () => {
  const layers = [2, 5, 3, 4];
  const net = createNetwork(layers, 'tanh', createRng(11));
  const points = [
    { x: 0.3, y: -0.8, label: 0 },
    { x: -1.1, y: 0.4, label: 1 },
  ];

  it('gives the same class probabilities as a batched forward pass', () => {
    const batch = createBatchBuffers(layers, points.length);
    loadBatch(batch, samplesFromPoints(points), null, points.length);
    forward(net, batch, points.length);
    const predictor = createPointPredictor(layers);
    points.forEach((point, p) => {
      const probabilities = [...predictor.predict(net, point.x, point.y)];
      expect(probabilities).toHaveLength(4);
      probabilities.forEach((value, k) => expect(value).toBeCloseTo(batch.a[3][k * 2 + p], 12));
      expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    });
  });

  it('reuses one output array from call to call', () => {
    const predictor = createPointPredictor(layers);
    const first = predictor.predict(net, 0, 0);
    const firstValues = [...first];
    const second = predictor.predict(net, 1, 1);
    expect(second).toBe(first);
    expect([...second]).not.toEqual(firstValues);
  });
});

describe('createPointPredictor(layers, features).predict(net, x, y)', () => {
  it('feeds the network the features of the point', () => {
    const features: FeatureName[] = ['x2', 'xy', 'siny'];
    const layers = [3, 4, 2];
    const net = createNetwork(layers, 'relu', createRng(12));
    const [x, y] = [0.4, -0.7];
    const batch = createBatchBuffers(layers, 1);
    batch.a[0].set([x * x, x * y, Math.sin(Math.PI * y)]);
    forward(net, batch, 1);
    const probabilities = [...createPointPredictor(layers, features).predict(net, x, y)];
    probabilities.forEach((p, k) => expect(p).toBeCloseTo(batch.a[2][k], 12));
  });
});
