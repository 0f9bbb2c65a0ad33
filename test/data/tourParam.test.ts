import { describe, expect, it } from 'vitest';
import { readLinkFragment, tourParamOf, withTourParam } from '../../src/data';
import { TRANSFER_RULES } from '../../src/store';

describe('withTourParam(fragment, value)', () => {
  it('sets, replaces or removes the tour and keeps the other pairs as written', () => {
    expect(withTourParam('#v=1&hiddenLayers=4,4', '2')).toBe('v=1&hiddenLayers=4,4&tour=2');
    expect(withTourParam('v=1&tour=2&lr=3', '5')).toBe('v=1&lr=3&tour=5');
    expect(withTourParam('v=1&tour=2', null)).toBe('v=1');
    expect(tourParamOf('#v=1&tour=7')).toBe('7');
    expect(tourParamOf('#v=1')).toBeNull();
  });
});

describe('readLinkFragment with the tour in it', () => {
  it('neither reads the tour as a setting nor calls it unknown', async () => {
    const reading = await readLinkFragment('v=1&learningRate=0.03&tour=3', TRANSFER_RULES);
    expect(reading.problems).toEqual([]);
    expect(reading.settings.learningRate).toBe(0.03);
  });
});
