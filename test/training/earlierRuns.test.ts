import { describe, expect, it } from 'vitest';
import {
  compactRunCurve,
  createCostHistory,
  describeRun,
  keepEarlierRun,
  labelEarlierRun,
  MAX_EARLIER_RUNS,
  type EarlierRun,
  type RunFacts,
} from '../../src/training';

const facts: RunFacts = {
  layers: [2, 4, 4, 2],
  activation: 'relu',
  features: ['x', 'y'],
  optimizer: { kind: 'gd' },
  learningRate: 0.2,
  batchSize: 100,
  l1: 0,
  l2: 0,
  seed: 1,
  dataset: 'seed-1',
  pointCount: 100,
};
const current = describeRun(facts);
const label = (changes: Partial<RunFacts>, last?: Partial<RunFacts>) =>
  labelEarlierRun(
    describeRun({ ...facts, ...changes }, last && { ...facts, ...changes, ...last }),
    current,
  );

describe('labelEarlierRun(earlier, current)', () => {
  it('names the learning rate that differed', () => {
    expect(label({ learningRate: 0.05 })).toBe('lr 0.05');
  });

  it('names the network by its shape and activation', () => {
    expect(label({ layers: [2, 8, 8, 2], activation: 'tanh' })).toBe('2-8-8-2 tanh');
    expect(label({ activation: 'tanh' })).toBe('2-4-4-2 tanh');
  });

  it('lists every aspect that differed, in a fixed order', () => {
    expect(
      label({ optimizer: { kind: 'momentum', momentum: 0.9 }, batchSize: 'full', l2: 0.01 }),
    ).toBe('momentum 0.9, batch full, L2 0.01');
    expect(label({ features: ['x', 'y', 'x2'], layers: [3, 4, 4, 2], seed: 7 })).toBe(
      '3-4-4-2 relu, inputs x, y, x², seed 7',
    );
  });

  it('shows a rate changed mid-run as first→last', () => {
    expect(label({ learningRate: 0.2 }, { learningRate: 0.5 })).toBe('lr 0.2→0.5');
  });

  it('says "same settings" for a run that only restarted', () => {
    expect(label({})).toBe('same settings');
  });
});

describe('keepEarlierRun(runs, run)', () => {
  const run = (id: number): EarlierRun => ({
    id,
    description: current,
    curve: compactRunCurve(createCostHistory(), 0),
  });

  it('appends the run and drops the oldest past MAX_EARLIER_RUNS', () => {
    let runs: readonly EarlierRun[] = [];
    for (let id = 1; id <= 7; id++) runs = keepEarlierRun(runs, run(id));
    expect(MAX_EARLIER_RUNS).toBe(5);
    expect(runs.map((r) => r.id)).toEqual([3, 4, 5, 6, 7]);
  });
});
