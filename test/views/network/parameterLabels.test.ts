import { describe, expect, it } from 'vitest';
import {
  biasLabel,
  className,
  inputName,
  weightLabel,
} from '../../../src/views/network/parameterLabels';

describe('weightLabel(layer, to, from, value)', () => {
  it('names the weight in the post notation, neurons counted from 1, to 3 significant digits', () => {
    expect(weightLabel(2, 0, 2, 0.123456)).toBe('W^2_(1,3) = 0.123');
    expect(weightLabel(1, 3, 1, 12.3456)).toBe('W^1_(4,2) = 12.3');
  });

  it('shows the sign of a negative weight', () => {
    expect(weightLabel(3, 1, 0, -1.5)).toBe('W^3_(2,1) = \u22121.50');
  });
});

describe('biasLabel(layer, index, value)', () => {
  it('names the bias in the post notation, to 3 significant digits', () => {
    expect(biasLabel(2, 0, 0.98765)).toBe('b^2_1 = 0.988');
    expect(biasLabel(1, 3, -0.0012345)).toBe('b^1_4 = \u22120.00123');
  });
});

describe('inputName(index) and className(index)', () => {
  it('names the inputs by their coordinate and the outputs by their class', () => {
    expect([inputName(0), inputName(1)]).toEqual(['x', 'y']);
    expect([className(0), className(7)]).toEqual(['class 0', 'class 7']);
  });
});
