import { describe, expect, it } from 'vitest';
import { formatNumber, texNumber } from '../../../src/controls/tour/formatNumber';

describe('formatNumber(value)', () => {
  it('keeps three significant digits and drops trailing zeros', () => {
    expect(formatNumber(0.123456)).toBe('0.123');
    expect(formatNumber(-4.5678)).toBe('-4.57');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(-0)).toBe('0');
  });
  it('writes very small and very large numbers with a power of ten, rounding first', () => {
    expect(formatNumber(0.000012345)).toBe('1.23e-5');
    expect(formatNumber(123456)).toBe('1.23e5');
    expect(formatNumber(99996)).toBe('1e5');
    expect(formatNumber(0.00099996)).toBe('0.001');
  });
  it('never prints NaN', () => {
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
  });
});

describe('texNumber(value)', () => {
  it('writes the power of ten as TeX', () => {
    expect(texNumber(0.000012345)).toBe('1.23 \\times 10^{-5}');
    expect(texNumber(0.25)).toBe('0.25');
    expect(texNumber(NaN)).not.toContain('NaN');
  });
});
