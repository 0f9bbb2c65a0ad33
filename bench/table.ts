/** Plain-text tables for the terminal: columns padded to their widest cell. */

export type Align = 'left' | 'right';

export interface Column {
  readonly title: string;
  readonly align: Align;
}

/** Rows of cells under a header line and a rule; numbers are best right-aligned. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, c) =>
    Math.max(column.title.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, c) => {
        const cell = cells[c] ?? '';
        return column.align === 'right' ? cell.padStart(widths[c]) : cell.padEnd(widths[c]);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.title)), rule, ...rows.map(line)].join('\n');
}

/** 3 significant digits with k / M / G: 4,217,915 -> "4.22M". */
export function formatCount(value: number): string {
  const units: [number, string][] = [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, unit] of units) {
    if (Math.abs(value) >= size) return `${toPrecision(value / size)}${unit}`;
  }
  return toPrecision(value);
}

/** Median with its min-max range: "4.22M (3.90M-4.31M)". */
export function formatSpread(
  median: number,
  min: number,
  max: number,
  format: (value: number) => string,
): string {
  return `${format(median)} (${format(min)}-${format(max)})`;
}

/** Our figure over a peer's: "10.6x". */
export function formatRatio(ours: number, theirs: number): string {
  return `${toPrecision(ours / theirs)}x`;
}

export function formatMs(value: number): string {
  return value.toFixed(2);
}

export function formatFps(value: number): string {
  return value.toFixed(1);
}

function toPrecision(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
