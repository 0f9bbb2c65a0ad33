import { describe, expect, it } from 'vitest';
import { isTourHash, parseTourHash, tourHash } from '../../../src/controls/tour/tourHash';

describe('parseTourHash(hash, stepCount)', () => {
  it('reads the step counted from 1 and gives it from 0', () => {
    expect(parseTourHash('#how-it-works/3', 9)).toEqual({ kind: 'open', step: 2 });
    expect(parseTourHash('#how-it-works', 9)).toEqual({ kind: 'open', step: 0 });
    expect(parseTourHash(tourHash(8), 9)).toEqual({ kind: 'open', step: 8 });
  });
  it('ignores hashes that are not the tour', () => {
    expect(parseTourHash('', 9)).toEqual({ kind: 'none' });
    expect(parseTourHash('#how-it-worksX', 9)).toEqual({ kind: 'none' });
    expect(parseTourHash('#s=abc', 9)).toEqual({ kind: 'none' });
    expect(isTourHash('#s=abc')).toBe(false);
    expect(isTourHash('#how-it-works/99')).toBe(true);
  });
  it('opens a step it does not have at step 1 and says why', () => {
    for (const bad of ['0', '10', 'abc', '2.5', '-1', '1e1', '9'.repeat(40)]) {
      const place = parseTourHash(`#how-it-works/${bad}`, 9);
      expect(place.kind).toBe('invalid');
      expect(place.kind === 'invalid' && place.step).toBe(0);
      expect(place.kind === 'invalid' && place.problem).toMatch(/steps 1 to 9/);
    }
  });
});
