/** A number cut to three significant digits, split so it can be written as text or as TeX. */
interface NumberParts {
  readonly mantissa: string;
  /** The power of ten, or null when the number reads well without one. */
  readonly exponent: number | null;
}

const SIGNIFICANT_DIGITS = 3;
/** Below this (in size) or from the upper bound up, a number is written with a power of ten. */
const SMALL = 1e-3;
const LARGE = 1e5;

function partsOf(value: number): NumberParts {
  // Rounding can carry into a new digit (999.96 -> 1.00e+3), so the decision follows toPrecision.
  const [mantissa, exponent] = value.toExponential(SIGNIFICANT_DIGITS - 1).split('e');
  const size = Math.abs(Number(`${mantissa}e${exponent}`));
  if (size === 0 || (size >= SMALL && size < LARGE)) {
    return { mantissa: String(Number(value.toPrecision(SIGNIFICANT_DIGITS))), exponent: null };
  }
  return { mantissa: String(Number(mantissa)), exponent: Number(exponent) };
}

/**
 * `value` to three significant digits for people to read: `0.123`, `-4.56`, `1.23e-5`. Never
 * prints "NaN": a value that is not a number reads as an em dash, and infinities as ∞ and −∞.
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const { mantissa, exponent } = partsOf(value === 0 ? 0 : value);
  return exponent === null ? mantissa : `${mantissa}e${exponent}`;
}

/** The same number as TeX: `1.23 \times 10^{-5}` where the text would say `1.23e-5`. */
export function texNumber(value: number): string {
  if (Number.isNaN(value)) return '\\text{—}';
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty';
  const { mantissa, exponent } = partsOf(value === 0 ? 0 : value);
  return exponent === null ? mantissa : `${mantissa} \\times 10^{${exponent}}`;
}
