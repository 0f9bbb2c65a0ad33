import { select } from 'd3';
import type { LabelledPoint as Point } from '../../engine';
import { CLASS_COLORS } from '../classColors';
import type { PlaneScales } from './planeLayout';

export const POINT_RADIUS = 5;
export const HOVERED_POINT_RADIUS = 8;

/** A training point's outline; a test point is a ring in its class colour on white instead. */
export const POINT_OUTLINE = '#1a202c';
export const TEST_POINT_FILL = '#ffffff';

export interface PointsLayer {
  /**
   * Joins circles to `points` by index, touching only the circles whose point or role changed.
   * `heldOut[i]` is 1 when point i is a test point, drawn hollow; missing entries are training
   * points.
   */
  update(points: readonly Point[], heldOut?: Uint8Array): void;
  /** Marks the circle of point `index` (or none) as hovered. */
  highlight(index: number | null): void;
  /**
   * Makes each circle a focusable button named after its point (Tab, then Enter inspects it), or
   * takes that away. Call after `update`, which adds circles without it.
   */
  setFocusable(on: boolean): void;
  destroy(): void;
}

const NO_TEST_POINTS = new Uint8Array(0);

/**
 * The points as circles inside `group`: a training point filled by class with a dark outline, a
 * held-out test point hollow (white inside a ring of its class colour).
 */
export function createPointsLayer(group: SVGGElement, scales: PlaneScales): PointsLayer {
  const root = select(group);
  // What each circle was last drawn for: the store keeps unchanged points identical.
  const drawn = new WeakMap<SVGCircleElement, { point: Point; test: boolean }>();
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
    update(points, heldOut = NO_TEST_POINTS) {
      root
        .selectAll<SVGCircleElement, Point>('circle')
        .data(points, (_, i) => i)
        .join((enter) =>
          enter
            .append('circle')
            .attr('class', 'boundary-point')
            .attr('r', POINT_RADIUS)
            .attr('data-index', (_, i) => i),
        )
        .each(function (point, i) {
          const test = heldOut[i] === 1;
          const last = drawn.get(this);
          if (last?.point === point && last.test === test) return;
          drawn.set(this, { point, test });
          const color = CLASS_COLORS[point.label];
          select(this)
            .classed('is-test', test)
            .attr('cx', scales.x(point.x))
            .attr('cy', scales.y(point.y))
            .attr('fill', test ? TEST_POINT_FILL : color)
            .attr('stroke', test ? color : POINT_OUTLINE)
            .attr('data-x', point.x)
            .attr('data-y', point.y)
            .attr('data-label', point.label)
            .attr('data-role', test ? 'test' : 'train');
        });
      // A circle that has just entered at the hovered index needs the mark too.
      mark(hovered, true);
    },
    highlight(index) {
      mark(hovered, false);
      hovered = index;
      mark(hovered, true);
    },
    setFocusable(on) {
      root.selectAll<SVGCircleElement, Point>('circle').each(function (point, i) {
        const circle = select(this);
        if (!on) {
          circle.attr('tabindex', null).attr('role', null).attr('aria-label', null);
          return;
        }
        const role = circle.classed('is-test') ? ', test point' : '';
        circle
          .attr('tabindex', 0)
          .attr('role', 'button')
          .attr(
            'aria-label',
            `Point ${i + 1}, class ${point.label}${role}, at (${point.x.toFixed(2)}, ${point.y.toFixed(2)})`,
          );
      });
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
