import type { LayoutSize } from './layoutNetwork';

const MIN_DIAGRAM_WIDTH = 280;

export const DEFAULT_DIAGRAM_SIZE: LayoutSize = { width: 560, height: 320 };

/**
 * The diagram's size for an svg drawn `renderedWidth` screen pixels wide: one unit a pixel from
 * MIN_DIAGRAM_WIDTH to the default width, so text keeps its size in pixels; scaled beyond either.
 */
export function diagramSizeFor(renderedWidth: number): LayoutSize {
  if (!(renderedWidth > 0)) return DEFAULT_DIAGRAM_SIZE;
  const width = Math.round(
    Math.min(DEFAULT_DIAGRAM_SIZE.width, Math.max(MIN_DIAGRAM_WIDTH, renderedWidth)),
  );
  return { width, height: DEFAULT_DIAGRAM_SIZE.height };
}
