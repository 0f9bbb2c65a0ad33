import { describe, expect, it } from 'vitest';
import {
  batchCountOf,
  createBatchBuffers,
  createBatchSampler,
  createRng,
  drawIndices,
  samplesFromPoints,
} from '../../src/engine';
import { randomPoints, xorLabel } from './randomPoints';

const SAMPLES = samplesFromPoints(randomPoints(createRng(1), 7, xorLabel));
const EMPTY = samplesFromPoints([]);

describe('batchCountOf(samples, batchSize)', () => {
  it('is every point for full, else the batch size, which may exceed the points', () => {
    expect(batchCountOf(SAMPLES, 'full')).toBe(7);
    expect(batchCountOf(SAMPLES, 3)).toBe(3);
    expect(batchCountOf(SAMPLES, 100)).toBe(100);
  });

  it('throws a RangeError on no points, or on a batch size that is not a positive integer', () => {
    expect(() => batchCountOf(EMPTY, 'full')).toThrow(/no points/);
    expect(() => batchCountOf(EMPTY, 5)).toThrow(RangeError);
    for (const batchSize of [0, -3, 2.5, NaN, Infinity]) {
      expect(() => batchCountOf(SAMPLES, batchSize)).toThrow(RangeError);
    }
  });
});

describe('drawIndices(rng, pointCount, indices, count)', () => {
  it('writes nextInt(pointCount) in order into the first count entries only', () => {
    const indices = new Uint32Array(6).fill(99);
    drawIndices(createRng(5), 4, indices, 5);
    const replay = createRng(5);
    expect(Array.from(indices)).toEqual([
      ...Array.from({ length: 5 }, () => replay.nextInt(4)),
      99,
    ]);
  });
});

describe('createBatchSampler(capacity).load(buffers, samples, batchSize, rng)', () => {
  it('loads every point once, in order, for full, and draws nothing', () => {
    const buffers = createBatchBuffers([2, 2], 1);
    const rng = createRng(3);
    expect(createBatchSampler(1).load(buffers, SAMPLES, 'full', rng)).toBe(7);
    for (let p = 0; p < 7; p++) {
      expect(buffers.a[0][p]).toBe(SAMPLES.inputs[2 * p]);
      expect(buffers.a[0][7 + p]).toBe(SAMPLES.inputs[2 * p + 1]);
      expect(buffers.labels[p]).toBe(SAMPLES.labels[p]);
    }
    expect(rng.next()).toBe(createRng(3).next());
  });

  it('loads the points of batchSize draws, growing past its capacity', () => {
    const buffers = createBatchBuffers([2, 2], 2);
    const rng = createRng(8);
    const sampler = createBatchSampler(2);
    expect(sampler.load(buffers, SAMPLES, 2, rng)).toBe(2);
    expect(sampler.load(buffers, SAMPLES, 30, rng)).toBe(30);

    const replay = createRng(8);
    replay.nextInt(7);
    replay.nextInt(7);
    for (let p = 0; p < 30; p++) {
      const index = replay.nextInt(7);
      expect(buffers.a[0][p]).toBe(SAMPLES.inputs[2 * index]);
      expect(buffers.a[0][30 + p]).toBe(SAMPLES.inputs[2 * index + 1]);
      expect(buffers.labels[p]).toBe(SAMPLES.labels[index]);
    }
    expect(rng.next()).toBe(replay.next());
  });

  it('throws before drawing anything', () => {
    const buffers = createBatchBuffers([2, 2], 2);
    const rng = createRng(2);
    expect(() => createBatchSampler().load(buffers, SAMPLES, 0, rng)).toThrow(RangeError);
    expect(() => createBatchSampler().load(buffers, EMPTY, 4, rng)).toThrow(RangeError);
    expect(rng.next()).toBe(createRng(2).next());
  });
});
