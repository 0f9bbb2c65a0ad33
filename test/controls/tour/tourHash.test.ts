import { describe, expect, it } from 'vitest';
import { parseTourHash, tourHash } from '../../../src/controls/tour/tourHash';

describe('parseTourHash(hash, stepCount)', () => {
  it('reads the step counted from 1 and gives it from 0, beside the settings of a link', () => {
    expect(parseTourHash('#tour=3', 9)).toEqual({ kind: 'open', step: 2 });
    expect(parseTourHash('#v=1&dataset=seed-1&tour=9', 9)).toEqual({ kind: 'open', step: 8 });
    expect(parseTourHash(tourHash('#v=1', 4), 9)).toEqual({ kind: 'open', step: 4 });
  });

  it('ignores hashes that do not name the tour', () => {
    expect(parseTourHash('', 9)).toEqual({ kind: 'none' });
    expect(parseTourHash('#s=abc', 9)).toEqual({ kind: 'none' });
    expect(parseTourHash('#tourist=1', 9)).toEqual({ kind: 'none' });
  });

  it('opens a step it does not have at step 1 and says why', () => {
    for (const bad of ['', '0', '10', 'abc', '2.5', '-1', '1e1', '9'.repeat(40)]) {
      const place = parseTourHash(`#tour=${bad}`, 9);
      expect(place.kind).toBe('invalid');
      expect(place.kind === 'invalid' && place.step).toBe(0);
      expect(place.kind === 'invalid' && place.problem).toMatch(/steps 1 to 9/);
    }
  });
});

describe('tourHash(hash, step)', () => {
  it('sets or removes the tour and keeps the rest of the fragment', () => {
    expect(tourHash('#v=1&lr=0.2', 2)).toBe('#v=1&lr=0.2&tour=3');
    expect(tourHash('#v=1&tour=3&lr=0.2', 0)).toBe('#v=1&lr=0.2&tour=1');
    expect(tourHash('#v=1&tour=3', null)).toBe('#v=1');
    expect(tourHash('#tour=3', null)).toBe('');
    expect(tourHash('', 1)).toBe('#tour=2');
  });
});
