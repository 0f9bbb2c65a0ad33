import { describe, expect, it } from 'vitest';
import {
  encodeLinkFragment,
  encodeSettingsFragment,
  readLinkFragment,
  type SessionSettings,
} from '../../src/data';
import { deflateRaw } from '../../src/data/deflate';
import { encodeBase64url } from '../../src/data/base64url';

const SETTINGS: SessionSettings = {
  hiddenLayers: [5, 3],
  activation: 'tanh',
  features: ['x', 'y', 'xy'],
  optimizer: { kind: 'adam', beta1: 0.8, beta2: 0.99, epsilon: 1e-7 },
  regularization: 'l2',
  regularizationRate: 0.003,
  testShare: 0.25,
  discretize: true,
  datasetOptions: { count: 300, noise: 0.2 },
  classCount: 3,
  learningRate: 0.0123456789,
  batchSize: 'full',
  speed: 'max',
  seed: 4294967295,
  stopAfter: null,
};

const POINTS = [
  { x: 0.1 + 0.2, y: -1 / 3, label: 0 },
  { x: -1.2, y: 1.2, label: 2 },
  { x: 5e-324, y: 0.999999999999, label: 1 },
];

const MODEL = {
  format: 'backprop-lab.model' as const,
  version: 2,
  layers: [3, 5, 3, 3],
  activation: 'tanh',
  features: ['x', 'y', 'xy'],
  weights: [
    Array.from({ length: 5 }, (_, i) => [i / 7, -(i + 1) / 9, 0.5]),
    Array.from({ length: 3 }, (_, i) => [i, 0.25, -0.125, 1e-9, 3]),
    Array.from({ length: 3 }, () => [0.1, 0.2, 0.3]),
  ],
  biases: [
    [0, 0, 0, 0, 0.5],
    [1, 2, 3],
    [-1, 0, 1],
  ],
};

describe('encodeLinkFragment(content) and readLinkFragment(fragment)', () => {
  it('give back exactly the settings, dataset, points and weights, with nothing dropped', async () => {
    const fragment = await encodeLinkFragment({
      settings: SETTINGS,
      dataset: 'spiral',
      points: POINTS,
      model: MODEL,
    });
    expect(fragment).toMatch(/^[A-Za-z0-9_.,=&%-]+$/);
    const read = await readLinkFragment(fragment);
    expect(read).toEqual({
      settings: SETTINGS,
      dataset: 'spiral',
      points: POINTS,
      model: MODEL,
      problems: [],
    });
  });

  it('carries the settings alone in the address bar fragment', async () => {
    const read = await readLinkFragment(encodeSettingsFragment(SETTINGS, 'custom'));
    expect(read.settings).toEqual(SETTINGS);
    expect(read.points).toBeUndefined();
    expect(read.problems).toEqual([]);
  });
});

describe('readLinkFragment(fragment) on hostile links', () => {
  it('keeps the valid fields and names each dropped one: wrong types, unknown keys, script', async () => {
    const read = await readLinkFragment(
      'learningRate=abc&seed=7&activation=<script>alert(1)</script>&hiddenLayers=4,9999&' +
        'turbo=1&classCount=3&batchSize=full&speed=7&stopAfter=none',
      { speeds: [1, 3, 10, 30, 100, 'max'] },
    );
    expect(read.settings).toEqual({ seed: 7, classCount: 3, batchSize: 'full', stopAfter: null });
    expect(read.problems.map((p) => p.path)).toEqual([
      'turbo',
      'learningRate',
      'activation',
      'hiddenLayers',
      'speed',
    ]);
    expect(read.problems[1].reason).toBe('expected a number from 0.0001 to 10, found "abc"');
    expect(read.problems[2].reason).toMatch(/found "<script>alert\(1\)<\/script\.\.\."$/);
  });

  it('drops points that are cut short, damaged or not base64url, keeping the settings', async () => {
    const full = await encodeLinkFragment({
      settings: SETTINGS,
      dataset: 'custom',
      points: POINTS,
    });
    const truncated = full.slice(0, full.length - 10);
    const read = await readLinkFragment(truncated);
    expect(read.settings).toEqual(SETTINGS);
    expect(read.points).toBeUndefined();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0].path).toBe('points');
    const junk = await readLinkFragment('seed=3&points=!!!not*base64');
    expect(junk.problems).toEqual([{ path: 'points', reason: 'not base64url' }]);
    expect(junk.settings).toEqual({ seed: 3 });
  });

  it('refuses a compression bomb without expanding it, and more points than allowed', async () => {
    const bomb = encodeBase64url(await deflateRaw(new Uint8Array(50_000_000)));
    expect(bomb.length).toBeLessThan(100_000);
    const read = await readLinkFragment(`points=${bomb}&weights=${bomb}`);
    expect(read.problems.map((p) => p.path)).toEqual(['points', 'weights']);
    expect(read.problems[0].reason).toMatch(/^it expands to more than \d+ bytes$/);
  });

  it("refuses points off the plane or of a class beyond the link's class count", async () => {
    const off = await encodeLinkFragment({
      settings: { ...SETTINGS, classCount: 2 },
      dataset: 'custom',
      points: [{ x: 1e300, y: 0, label: 0 }],
    });
    expect((await readLinkFragment(off)).problems).toEqual([
      { path: 'points', reason: 'point 1 is not on the plane' },
    ]);
    const highLabel = await encodeLinkFragment({
      settings: { ...SETTINGS, classCount: 2 },
      dataset: 'custom',
      points: [{ x: 0, y: 0, label: 2 }],
    });
    expect((await readLinkFragment(highLabel)).problems).toEqual([
      { path: 'points', reason: 'point 1 has no class 2' },
    ]);
  });

  it('reads 100 kB of junk as unknown fields without crashing, and names a long key safely', async () => {
    const junk = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(33 + (i % 90))).join(
      '',
    );
    const read = await readLinkFragment(junk);
    expect(read.settings).toEqual({});
    expect(read.problems.length).toBeGreaterThan(0);
    for (const problem of read.problems) expect(problem.path.length).toBeLessThan(40);
  });

  it('refuses a link longer than browsers keep, and repeated fields', async () => {
    expect((await readLinkFragment('a'.repeat(2_000_001))).problems).toEqual([
      { path: 'link', reason: 'too long to read' },
    ]);
    const twice = await readLinkFragment('seed=1&seed=2');
    expect(twice.settings).toEqual({ seed: 1 });
    expect(twice.problems).toEqual([{ path: 'seed', reason: 'given twice' }]);
  });

  it('never touches Object.prototype through __proto__ or constructor keys', async () => {
    const read = await readLinkFragment('__proto__=1&constructor=2&hiddenLayers=4');
    expect(read.settings).toEqual({ hiddenLayers: [4] });
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>)['1']).toBeUndefined();
  });
});
