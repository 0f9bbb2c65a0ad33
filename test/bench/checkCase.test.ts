import { describe, expect, it } from 'vitest';
import { createAppCases } from '../../bench/app/appCases';
import { caseProblems, checkCaseState } from '../../bench/app/checkCase';
import type { CaseState } from '../../bench/app/setUpCase';

const cases = createAppCases();
const full = cases.find((c) => c.name === 'full')!;
const post = cases.find((c) => c.name === 'post')!;

/** What the page reports once the full case took. */
const fullState: CaseState = {
  layers: [7, 16, 16, 16, 16, 16, 16, 16, 16, 2],
  activation: 'tanh',
  optimizer: 'adam',
  features: ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'],
  classCount: 2,
  learningRate: 0.2,
  points: 1000,
  testPoints: 300,
  testShare: 0.3,
  dataset: 'spiral',
  earlierRuns: 5,
  earlierRunCurves: 5,
  inspectedPoint: 0,
  inspectVisible: true,
  inspectTypeset: true,
  thumbnails: 130,
  networkLayers: 10,
  notice: null,
};

describe('caseProblems(appCase, state)', () => {
  it('finds none when the page took every setting of the case', () => {
    expect(caseProblems(full, fullState)).toEqual([]);
  });

  it.each([
    ['the output layer', { layers: [7, 16, 16, 16, 16, 16, 16, 16, 16, 8] }, 'layers'],
    ['the optimizer', { optimizer: 'gd' }, 'optimizer gd'],
    ['the features', { features: ['x', 'y'] }, 'features x,y'],
    ['the point count', { points: 200, testPoints: 60 }, '200 points'],
    ['the held-out points', { testPoints: 0 }, 'held out'],
    ['the earlier runs', { earlierRuns: 4 }, '4 earlier runs in the store'],
    ['the cost chart', { earlierRunCurves: 0 }, 'drawn on the cost chart'],
    ['a hidden inspect panel', { inspectVisible: false }, 'not visible'],
    ['no thumbnails', { thumbnails: 0 }, 'no neuron thumbnails'],
    ['a stale network view', { networkLayers: 4 }, 'draws 4 layers'],
  ])('names %s when it differs', (_, change, problem) => {
    const problems = caseProblems(full, { ...fullState, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('checks only the net of a case that keeps the app’s defaults', () => {
    const defaults: CaseState = {
      ...fullState,
      layers: [2, 4, 4, 2],
      activation: 'relu',
      optimizer: 'gd',
      features: ['x', 'y'],
      points: 207,
      testPoints: 0,
      testShare: 0,
      dataset: 'seed-1',
      earlierRuns: 0,
      earlierRunCurves: 0,
      inspectedPoint: null,
      inspectVisible: false,
      networkLayers: 4,
    };
    expect(caseProblems(post, defaults)).toEqual([]);
    expect(caseProblems(post, { ...defaults, layers: [2, 8, 2], networkLayers: 3 })).toHaveLength(
      1,
    );
  });
});

describe('checkCaseState(appCase, state)', () => {
  it('throws with every problem and the store’s notice', () => {
    const state = { ...fullState, optimizer: 'gd', notice: 'The learning rate must be…' };
    expect(() => checkCaseState(full, state)).toThrow(
      /optimizer gd.*the store's notice: The learning rate/,
    );
  });
});
