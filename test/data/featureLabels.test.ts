import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/engine';
import { FEATURE_LABELS, featureLabels } from '../../src/data';

describe('featureLabels(features)', () => {
  it('writes each feature as maths, in the order given', () => {
    expect(featureLabels([...FEATURE_NAMES])).toEqual([
      'x',
      'y',
      'x²',
      'y²',
      'xy',
      'sin πx',
      'sin πy',
    ]);
    expect(featureLabels(['y', 'sinx'])).toEqual(['y', 'sin πx']);
  });

  it('has a label for every feature', () => {
    for (const name of FEATURE_NAMES) expect(FEATURE_LABELS[name]).toBeTruthy();
  });
});
