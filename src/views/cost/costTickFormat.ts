import { format } from 'd3';

const plain = format('.3~r');
const mantissa = format('.2~g');

/**
 * A cost axis label short enough for the axis's margin at any cost: plain below 10,000, else
 * `2.5e156` (d3's `1,000,000,...` for a diverging run's 1e156 ran across the whole chart), and
 * an empty label for a value that is not finite.
 */
export function formatCostTick(value: number): string {
  if (!Number.isFinite(value)) return '';
  const size = Math.abs(value);
  if (size === 0 || (size >= 1e-3 && size < 1e4)) return plain(value);
  const exponent = Math.floor(Math.log10(size));
  const digits = value / 10 ** exponent;
  // Rounding can carry the mantissa to 10: 9.996e5 is 1e6.
  return Math.abs(Number(mantissa(digits))) >= 10
    ? `${Math.sign(value) < 0 ? '-' : ''}1e${exponent + 1}`
    : `${mantissa(digits)}e${exponent}`;
}
