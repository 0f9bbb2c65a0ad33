import { clampToPlane, type PlanePosition } from '../../data';

/** How far one arrow key press moves the plane's keyboard cursor, in plane units. */
export const CURSOR_STEP = 0.05;
/** The same with Shift held. */
export const CURSOR_BIG_STEP = 0.2;

/** Where the cursor starts: the centre of the plane. */
export const CURSOR_START: PlanePosition = { x: 0, y: 0 };

/** The direction of each arrow key on the plane, where up is positive y. */
const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

// Steps are whole hundredths: rounding keeps repeated steps from drifting (0.1 + 0.05 + ...).
const onGrid = (value: number) => Math.round(value * 100) / 100;

/**
 * Where an arrow key moves the cursor from `position`, a big step when `large`, staying on the
 * plane; null for any key that is not an arrow.
 */
export function moveCursor(
  position: PlanePosition,
  key: string,
  large: boolean,
): PlanePosition | null {
  const direction = ARROWS[key];
  if (direction === undefined) return null;
  const step = large ? CURSOR_BIG_STEP : CURSOR_STEP;
  return {
    x: clampToPlane(onGrid(position.x + direction[0] * step)),
    y: clampToPlane(onGrid(position.y + direction[1] * step)),
  };
}

/** A coordinate with two decimals, never "-0.00". */
export function formatCoordinate(value: number): string {
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** "x 0.25, y -0.10": a position as the cursor's announcements say it. */
export function describePosition({ x, y }: PlanePosition): string {
  return `x ${formatCoordinate(x)}, y ${formatCoordinate(y)}`;
}
