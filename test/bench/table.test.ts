import { describe, expect, it } from 'vitest';
import { formatCount, formatRatio, formatSpread, renderTable } from '../../bench/table';

describe('renderTable(columns, rows)', () => {
  it('pads every column to its widest cell, numbers to the right', () => {
    const text = renderTable(
      [
        { title: 'net', align: 'left' },
        { title: 'rate', align: 'right' },
      ],
      [
        ['small-relu', '4.2M'],
        ['deep', '310k'],
      ],
    );
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('net         rate');
    expect(lines[1]).toBe('----------  ----');
    expect(lines[2]).toBe('small-relu  4.2M');
    expect(lines[3]).toBe('deep        310k');
  });
});

describe('formatCount(value)', () => {
  it('keeps three significant digits with a unit', () => {
    expect(formatCount(4_217_915)).toBe('4.22M');
    expect(formatCount(396_503)).toBe('397k');
    expect(formatCount(27_593)).toBe('27.6k');
    expect(formatCount(2_500_000_000)).toBe('2.50G');
    expect(formatCount(12.5)).toBe('12.5');
  });
});

describe('formatSpread(median, min, max, format)', () => {
  it('shows the median with its range', () => {
    expect(formatSpread(2e6, 1.5e6, 2.25e6, formatCount)).toBe('2.00M (1.50M-2.25M)');
  });
});

describe('formatRatio(ours, theirs)', () => {
  it('divides ours by theirs', () => {
    expect(formatRatio(4e6, 4e5)).toBe('10.0x');
    expect(formatRatio(1e6, 3e3)).toBe('333x');
  });
});
