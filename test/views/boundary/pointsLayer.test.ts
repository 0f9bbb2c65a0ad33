import { describe, expect, it } from 'vitest';
import { CLASS_COLORS } from '../../../src/views/classColors';
import { createPlaneScales } from '../../../src/views/boundary/planeLayout';
import {
  createPointsLayer,
  HOVERED_POINT_RADIUS,
  POINT_OUTLINE,
  POINT_RADIUS,
  TEST_POINT_FILL,
} from '../../../src/views/boundary/pointsLayer';

const scales = createPlaneScales();

function setUp() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.appendChild(group);
  document.body.appendChild(svg);
  const circles = () => [...group.querySelectorAll('circle')];
  return { group, circles, layer: createPointsLayer(group, scales) };
}

const points = [
  { x: 0.1, y: 0.2, label: 0 },
  { x: -0.5, y: 0.9, label: 1 },
  { x: 1.0, y: -1.0, label: 2 },
];

describe('createPointsLayer(group, scales).update(points)', () => {
  it('draws one circle a point at its scaled position, filled by class', () => {
    const { circles, layer } = setUp();
    layer.update(points);
    expect(circles()).toHaveLength(3);
    circles().forEach((circle, i) => {
      expect(Number(circle.getAttribute('cx'))).toBeCloseTo(scales.x(points[i].x), 9);
      expect(Number(circle.getAttribute('cy'))).toBeCloseTo(scales.y(points[i].y), 9);
      expect(circle.getAttribute('fill')).toBe(CLASS_COLORS[points[i].label]);
      expect(Number(circle.dataset.x)).toBe(points[i].x);
      expect(Number(circle.dataset.y)).toBe(points[i].y);
      expect(Number(circle.dataset.label)).toBe(points[i].label);
    });
  });

  it('keeps the circle elements and rewrites only those whose point changed', () => {
    const { circles, layer } = setUp();
    layer.update(points);
    const before = circles();
    before.forEach((circle) => circle.setAttribute('cx', 'untouched'));
    const moved = { x: 0.7, y: 0.7, label: 1 };
    layer.update([points[0], moved, points[2]]);
    const after = circles();
    after.forEach((circle, i) => expect(circle).toBe(before[i]));
    expect(after[0].getAttribute('cx')).toBe('untouched');
    expect(after[2].getAttribute('cx')).toBe('untouched');
    expect(Number(after[1].getAttribute('cx'))).toBeCloseTo(scales.x(0.7), 9);
  });

  it('adds and removes circles as points come and go', () => {
    const { circles, layer } = setUp();
    layer.update(points);
    layer.update(points.slice(0, 1));
    expect(circles()).toHaveLength(1);
    layer.update([...points, { x: 0, y: 0, label: 0 }]);
    expect(circles()).toHaveLength(4);
    expect(circles()[3].dataset.x).toBe('0');
  });
});

describe('createPointsLayer(group, scales).update(points, heldOut)', () => {
  const roles = (circles: SVGCircleElement[]) =>
    circles.map((c) => ({
      test: c.classList.contains('is-test'),
      role: c.dataset.role,
      fill: c.getAttribute('fill'),
      stroke: c.getAttribute('stroke'),
    }));
  const train = (label: number) => ({
    test: false,
    role: 'train',
    fill: CLASS_COLORS[label],
    stroke: POINT_OUTLINE,
  });
  const test = (label: number) => ({
    test: true,
    role: 'test',
    fill: TEST_POINT_FILL,
    stroke: CLASS_COLORS[label],
  });

  it('draws held-out points hollow: white inside a ring of the class colour', () => {
    const { circles, layer } = setUp();
    layer.update(points, new Uint8Array([0, 1, 1]));
    expect(roles(circles())).toEqual([train(0), test(1), test(2)]);
  });

  it('redraws a circle whose role changes, though its point does not', () => {
    const { circles, layer } = setUp();
    layer.update(points, new Uint8Array([0, 1, 0]));
    layer.update(points, new Uint8Array([1, 0, 0]));
    expect(roles(circles())).toEqual([test(0), train(1), train(2)]);
    layer.update(points);
    expect(roles(circles())).toEqual([train(0), train(1), train(2)]);
  });

  it('keeps a hollow point hollow while it is hovered', () => {
    const { circles, layer } = setUp();
    layer.update(points, new Uint8Array([0, 1, 0]));
    layer.highlight(1);
    expect(roles(circles())[1]).toEqual(test(1));
    expect(circles()[1].classList.contains('is-hovered')).toBe(true);
  });
});

describe('createPointsLayer(group, scales).highlight(index)', () => {
  it('marks one circle at a time, and none for null', () => {
    const { circles, layer } = setUp();
    layer.update(points);
    const hovered = () =>
      circles().flatMap((c, i) => (c.classList.contains('is-hovered') ? [i] : []));
    layer.highlight(1);
    expect(hovered()).toEqual([1]);
    expect(Number(circles()[1].getAttribute('r'))).toBe(HOVERED_POINT_RADIUS);
    layer.highlight(2);
    expect(hovered()).toEqual([2]);
    expect(Number(circles()[1].getAttribute('r'))).toBe(POINT_RADIUS);
    layer.highlight(null);
    expect(hovered()).toEqual([]);
  });
});
