/** The middle of a set of repeated measurements and its spread. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Median, min and max of `values`, which must not be empty. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('There are no measurements to summarize.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Significant digits kept in the report: run-to-run noise is far larger than the rest. */
export const REPORT_DIGITS = 4;

/**
 * A summary flattened into the report's shape: `name` is the median, `nameMin` and `nameMax`
 * sit beside it, so a script can read the headline figure at a fixed path. Values keep
 * REPORT_DIGITS significant digits.
 */
export function figure<Name extends string>(
  name: Name,
  summary: Summary,
): Record<Name | `${Name}Min` | `${Name}Max`, number> {
  return {
    [name]: round(summary.median),
    [`${name}Min`]: round(summary.min),
    [`${name}Max`]: round(summary.max),
  } as Record<Name | `${Name}Min` | `${Name}Max`, number>;
}

function round(value: number): number {
  return Number(value.toPrecision(REPORT_DIGITS));
}
