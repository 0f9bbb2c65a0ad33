/**
 * What the page needs to know about the tour before its content has loaded: the button and the
 * address read these, while the steps themselves (`tourSteps.ts`) load with the panel's content.
 * A unit test keeps the count equal to `TOUR_STEPS.length`.
 */
export const TOUR_STEP_COUNT = 9;

/** The id of the tour's panel, which the button names in `aria-controls`. */
export const TOUR_PANEL_ID = 'how-it-works-panel';
