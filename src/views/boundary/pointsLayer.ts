import { select } from 'd3';
import type { LabelledPoint as Point } from '../../engine';
import { CLASS_COLORS } from '../classColors';
import type { PlaneScales } from './planeLayout';

export const POINT_RADIUS = 5;
export const HOVERED_POINT_RADIUS = 8;

export interface PointsLayer {
  /** Joins circles to `points` by index, touching only the circles whose point changed. */
  update(points: readonly Point[]): void;
  /** Marks the circle of point `index` (or none) as hovered. */
  highlight(index: number | null): void;
  destroy(): void;
}

/** The training points as circles inside `group`, filled by class with a dark outline. */
export function createPointsLayer(group: SVGGElement, scales: PlaneScales): PointsLayer {
  const root = select(group);
  // The point each circle was last drawn for: the store keeps unchanged points identical.
  const drawn = new WeakMap<SVGCircleElement, Point>();
  let hovered: number | null = null;

  const circleAt = (index: number | null) =>
    index === null ? null : ((group.childNodes[index] as SVGCircleElement | undefined) ?? null);

  const mark = (index: number | null, on: boolean) => {
    const circle = circleAt(index);
    if (circle === null) return;
    select(circle)
      .classed('is-hovered', on)
      .attr('r', on ? HOVERED_POINT_RADIUS : POINT_RADIUS);
  };

  return {
    update(points) {
      root
        .selectAll<SVGCircleElement, Point>('circle')
        .data(points, (_, i) => i)
        .join((enter) =>
          enter.append('circle').attr('class', 'boundary-point').attr('r', POINT_RADIUS),
        )
        .each(function (point) {
          if (drawn.get(this) === point) return;
          drawn.set(this, point);
          select(this)
            .attr('cx', scales.x(point.x))
            .attr('cy', scales.y(point.y))
            .attr('fill', CLASS_COLORS[point.label])
            .attr('data-x', point.x)
            .attr('data-y', point.y)
            .attr('data-label', point.label);
        });
      // A circle that has just entered at the hovered index needs the mark too.
      mark(hovered, true);
    },
    highlight(index) {
      mark(hovered, false);
      hovered = index;
      mark(hovered, true);
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
