/** The two looks of the page; `data-theme` on the root element names the one in use. */
export type ColorScheme = 'light' | 'dark';

export const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/**
 * One colour per class, up to the engine's eight: the Okabe-Ito palette, told apart with every
 * common colour-vision deficiency. The first two keep the post's look (class 0 blue, class 1 a
 * red-orange). Okabe-Ito's black is a mid grey here, so that it shows on the dark theme too, and
 * its yellow a little darker, so that its region stands out from the light heatmap's neutral. The
 * same colours serve both themes; what differs is the heatmap's neutral and the point outline.
 */
export const CLASS_COLORS: readonly string[] = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#d1bd00',
  '#999999',
];

/**
 * An edge's colour by the sign of its weight (the coolwarm ends of the post). Both reach 3:1
 * against the view's surface in either theme, so edges keep one colour whatever the theme.
 */
export const POSITIVE_WEIGHT_COLOR = '#d55e00';
export const NEGATIVE_WEIGHT_COLOR = '#0072b2';

/** What a theme changes in the colours painted on canvas. */
export interface SchemeColors {
  /** The view's background behind the plots. */
  readonly surface: string;
  /** The heatmap where nothing is decided (p = 0.5, or zero activation). */
  readonly neutral: string;
  /**
   * How far a certain cell goes from neutral towards its class colour: short of the full colour,
   * so that points, filled with it, stand out on their own class's region.
   */
  readonly saturation: number;
  /** A training point's outline: at least 3:1 against every colour the heatmap takes. */
  readonly pointOutline: string;
}

export const SCHEME_COLORS: Readonly<Record<ColorScheme, SchemeColors>> = {
  light: { surface: '#ffffff', neutral: '#f5f5f5', saturation: 0.7, pointOutline: '#1a202c' },
  dark: { surface: '#1c2230', neutral: '#232834', saturation: 0.55, pointOutline: '#f1f5f9' },
};
