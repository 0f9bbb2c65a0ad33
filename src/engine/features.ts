/**
 * The inputs a network can be given for a point (x, y) of the plane, in the one order they take
 * whenever they are on: x, y, x², y², xy, sin(πx), sin(πy).
 */
export const FEATURE_NAMES = ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The post's inputs: the point itself. */
export const DEFAULT_FEATURES: readonly FeatureName[] = ['x', 'y'];

export function isFeatureName(name: unknown): name is FeatureName {
  return typeof name === 'string' && (FEATURE_NAMES as readonly string[]).includes(name);
}

/** True when `a` and `b` list the same features in the same order. */
export function sameFeatures(a: readonly FeatureName[], b: readonly FeatureName[]): boolean {
  return a.length === b.length && a.every((name, k) => name === b[k]);
}

/**
 * Writes the value of each of `features` at (x, y) into `into`: feature k goes to
 * `into[offset + k * stride]`. A stride of 1 lays a point's features side by side (as `Samples`
 * holds them); a stride of the batch size writes one column of a neuron-major batch. Allocates
 * nothing. Mutates `into`.
 */
export function writeFeatures(
  x: number,
  y: number,
  features: readonly FeatureName[],
  into: Float64Array,
  offset: number,
  stride = 1,
): void {
  for (let k = 0; k < features.length; k++) {
    const at = offset + k * stride;
    switch (features[k]) {
      case 'x':
        into[at] = x;
        break;
      case 'y':
        into[at] = y;
        break;
      case 'x2':
        into[at] = x * x;
        break;
      case 'y2':
        into[at] = y * y;
        break;
      case 'xy':
        into[at] = x * y;
        break;
      case 'sinx':
        into[at] = Math.sin(Math.PI * x);
        break;
      case 'siny':
        into[at] = Math.sin(Math.PI * y);
        break;
      default:
        throw new RangeError(`Unknown feature ${JSON.stringify(features[k])}.`);
    }
  }
}

/**
 * The features among `names`, in canonical order (that of FEATURE_NAMES), whatever order they
 * were listed in. Throws a RangeError naming the problem when a name is unknown or listed twice,
 * or when there is none.
 */
export function normalizeFeatures(names: readonly unknown[]): FeatureName[] {
  if (names.length === 0) throw new RangeError('expected at least one feature');
  const seen = new Set<FeatureName>();
  for (const name of names) {
    if (!isFeatureName(name)) {
      const shown = typeof name === 'string' ? JSON.stringify(name) : String(name);
      throw new RangeError(
        `unknown feature ${shown}, expected some of ${FEATURE_NAMES.join(', ')}`,
      );
    }
    if (seen.has(name)) throw new RangeError(`feature "${name}" is listed twice`);
    seen.add(name);
  }
  return FEATURE_NAMES.filter((name) => seen.has(name));
}
