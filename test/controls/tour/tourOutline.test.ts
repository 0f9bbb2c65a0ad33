import { describe, expect, it } from 'vitest';
import { TOUR_STEP_COUNT } from '../../../src/controls/tour/tourOutline';
import { TOUR_STEPS } from '../../../src/controls/tour/tourSteps';

describe('TOUR_STEP_COUNT', () => {
  it('is the number of steps the tour has, which the address is checked against', () => {
    expect(TOUR_STEP_COUNT).toBe(TOUR_STEPS.length);
  });
});
