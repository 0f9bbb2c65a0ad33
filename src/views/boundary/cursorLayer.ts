import { select } from 'd3';
import type { PlanePosition } from '../../data';
import type { PlaneScales } from './planeLayout';

/** The cursor's ring radius, in view units: larger than a hovered point, so it frames one. */
export const CURSOR_RADIUS = 11;
const ARM = 5;

export interface CursorLayer {
  /** Draws the cursor at `position` (plane units). */
  show(position: PlanePosition): void;
  hide(): void;
  destroy(): void;
}

/**
 * The plane's keyboard cursor inside `group`: a ring with cross hairs, drawn twice (a wide light
 * stroke under a thin dark one) so it shows on every heatmap colour.
 */
export function createCursorLayer(group: SVGGElement, scales: PlaneScales): CursorLayer {
  const root = select(group).attr('display', 'none');
  for (const style of ['halo', 'line']) {
    const part = root.append('g').attr('class', `boundary-cursor-${style}`);
    part.append('circle').attr('r', CURSOR_RADIUS);
    part
      .append('path')
      .attr(
        'd',
        `M${-CURSOR_RADIUS - ARM},0H${-CURSOR_RADIUS + ARM}M${CURSOR_RADIUS - ARM},0H${CURSOR_RADIUS + ARM}` +
          `M0,${-CURSOR_RADIUS - ARM}V${-CURSOR_RADIUS + ARM}M0,${CURSOR_RADIUS - ARM}V${CURSOR_RADIUS + ARM}`,
      );
  }
  return {
    show({ x, y }) {
      root
        .attr('display', null)
        .attr('transform', `translate(${scales.x(x)},${scales.y(y)})`)
        .attr('data-x', x)
        .attr('data-y', y);
    },
    hide() {
      root.attr('display', 'none');
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
