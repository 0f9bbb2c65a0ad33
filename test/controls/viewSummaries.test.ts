import { describe, expect, it } from 'vitest';
import {
  countPointsByClass,
  describeBoundary,
  describeNetwork,
} from '../../src/controls/viewSummaries';

describe('countPointsByClass(points, classCount)', () => {
  it('counts each class, ignoring labels outside 0..classCount-1', () => {
    const points = [0, 2, 2, 1, 2, 5, -1].map((label) => ({ label }));
    expect(countPointsByClass(points, 3)).toEqual([1, 1, 3]);
    expect(countPointsByClass([], 2)).toEqual([0, 0]);
  });
});

describe('describeBoundary(counts, accuracy)', () => {
  it('names the points of each class and the accuracy in whole percent', () => {
    expect(describeBoundary([50, 48], 0.8765)).toBe(
      '98 points: 50 of class 0 and 48 of class 1. Accuracy 88%.',
    );
    expect(describeBoundary([1, 0, 2], 1)).toBe(
      '3 points: 1 of class 0, 0 of class 1 and 2 of class 2. Accuracy 100%.',
    );
    expect(describeBoundary([1, 0], 0)).toBe(
      '1 point: 1 of class 0 and 0 of class 1. Accuracy 0%.',
    );
  });

  it('says there are no points yet, and never prints NaN for an accuracy not measured', () => {
    expect(describeBoundary([0, 0], NaN)).toMatch(/^No points yet/);
    expect(describeBoundary([3, 1], NaN)).toBe(
      '4 points: 3 of class 0 and 1 of class 1. Accuracy 0%.',
    );
    expect(describeBoundary([3, 1], 7)).toContain('Accuracy 100%.');
  });
});

describe('describeNetwork(layers, activation)', () => {
  it("gives the shape as the post writes it, with the hidden layers' activation", () => {
    expect(describeNetwork([2, 4, 4, 2], 'relu')).toBe(
      '2-4-4-2 network, ReLU: 2 inputs, hidden layers of 4 and 4 neurons, 2 outputs.',
    );
    expect(describeNetwork([7, 3, 8], 'tanh')).toBe(
      '7-3-8 network, tanh: 7 inputs, one hidden layer of 3 neurons, 8 outputs.',
    );
    expect(describeNetwork([2, 2], 'leaky-relu')).toBe(
      '2-2 network, Leaky ReLU: 2 inputs, no hidden layer, 2 outputs.',
    );
    expect(describeNetwork([2, 1, 5, 2], 'sigmoid')).toContain('hidden layers of 1 and 5 neurons');
  });
});
