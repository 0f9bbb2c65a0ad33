/** The chart's logical size (its SVG viewBox); CSS scales it to the width of its container. */
export const COST_VIEW_WIDTH = 480;
export const COST_VIEW_HEIGHT = 240;

/** Room around the plot for the axes and their labels. */
export const COST_MARGIN = { top: 14, right: 18, bottom: 40, left: 58 } as const;

export const COST_PLOT_WIDTH = COST_VIEW_WIDTH - COST_MARGIN.left - COST_MARGIN.right;
export const COST_PLOT_HEIGHT = COST_VIEW_HEIGHT - COST_MARGIN.top - COST_MARGIN.bottom;

/**
 * The line and band are written in whole tenths of a unit and scaled down by this factor: integers
 * format several times faster than decimals, and a tenth keeps the line smooth when enlarged.
 */
export const SERIES_SCALE = 10;

/** The x domain never shrinks below this many iterations, so a few steps do not fill the plot. */
export const MIN_ITERATION_DOMAIN = 10;

/** Log scale needs costs above 0: smaller ones (a cross-entropy can round to 0) are drawn here. */
export const COST_EPSILON = 1e-9;
