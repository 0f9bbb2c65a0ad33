import { describe, expect, it } from 'vitest';
import { figure, summarize } from '../../bench/stats';

describe('summarize(values)', () => {
  it('gives the middle value of an odd count, whatever the order', () => {
    expect(summarize([9, 1, 5, 3, 7])).toEqual({ median: 5, min: 1, max: 9 });
  });

  it('averages the two middle values of an even count', () => {
    expect(summarize([4, 10, 2, 6])).toEqual({ median: 5, min: 2, max: 10 });
  });

  it('leaves its input in the order it was given', () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list', () => {
    expect(() => summarize([])).toThrow(RangeError);
  });
});

describe('figure(name, summary)', () => {
  it('puts the median at the name and min and max beside it', () => {
    expect(figure('fps', { median: 58, min: 50, max: 60 })).toEqual({
      fps: 58,
      fpsMin: 50,
      fpsMax: 60,
    });
  });

  it('keeps four significant digits', () => {
    expect(figure('rate', { median: 4_217_915.3, min: 60.000000000003, max: 0.0123456 })).toEqual({
      rate: 4_218_000,
      rateMin: 60,
      rateMax: 0.01235,
    });
  });
});
