/**
 * One colour per class, up to the engine's eight. The first two are the post's coolwarm ends
 * (class 0 blue, class 1 red); the rest are distinct hues readable on a light background.
 */
export const CLASS_COLORS: readonly string[] = [
  '#3b6fd4',
  '#d2463c',
  '#2f9e57',
  '#e0a31a',
  '#8a4fc7',
  '#1aa6b7',
  '#d9508f',
  '#7a6a55',
];

export const POSITIVE_WEIGHT_COLOR = '#e07b39';
export const NEGATIVE_WEIGHT_COLOR = '#3b8fd4';
