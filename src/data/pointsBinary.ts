import type { LabelledPoint } from '../engine';
import { MAX_POINTS } from './limits';
import { PLANE_MAX, PLANE_MIN } from './plane';

/** The first byte of the packed points; a later layout gets another. */
const LAYOUT = 1;
/** x and y as little-endian float64, then the label as one byte. */
const POINT_BYTES = 17;
/** The most bytes packed points can take, for a reader's cap. */
export const MAX_PACKED_POINTS_BYTES = 1 + POINT_BYTES * MAX_POINTS;

/** Points packed exactly (every double as it is) for a link: 17 bytes a point. */
export function packPoints(points: readonly LabelledPoint[]): Uint8Array {
  const bytes = new Uint8Array(1 + POINT_BYTES * points.length);
  const view = new DataView(bytes.buffer);
  bytes[0] = LAYOUT;
  points.forEach((p, i) => {
    const at = 1 + i * POINT_BYTES;
    view.setFloat64(at, p.x, true);
    view.setFloat64(at + 8, p.y, true);
    view.setUint8(at + 16, p.label);
  });
  return bytes;
}

/**
 * The points of packed bytes, or why they cannot be read: a wrong layout or length, more than
 * MAX_POINTS points, a coordinate off the plane or a label not below `classCount`.
 */
export function unpackPoints(
  bytes: Uint8Array,
  classCount: number,
): { points: LabelledPoint[] } | { problem: string } {
  if (bytes.length === 0 || bytes[0] !== LAYOUT) return { problem: 'unknown layout' };
  if ((bytes.length - 1) % POINT_BYTES !== 0) return { problem: 'cut short' };
  const count = (bytes.length - 1) / POINT_BYTES;
  if (count > MAX_POINTS) return { problem: `more than ${MAX_POINTS} points` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const points: LabelledPoint[] = [];
  for (let i = 0; i < count; i++) {
    const at = 1 + i * POINT_BYTES;
    const x = view.getFloat64(at, true);
    const y = view.getFloat64(at + 8, true);
    const label = view.getUint8(at + 16);
    if (!(x >= PLANE_MIN && x <= PLANE_MAX && y >= PLANE_MIN && y <= PLANE_MAX)) {
      return { problem: `point ${i + 1} is not on the plane` };
    }
    if (label >= classCount) return { problem: `point ${i + 1} has no class ${label}` };
    points.push({ x, y, label });
  }
  return { points };
}
