/** Rows or columns beyond this many are elided in the middle. */
export const MAX_SHOWN = 6;
/** How many entries are kept before the ellipsis; the rest of MAX_SHOWN - 1 come after it. */
const HEAD = 3;
const TAIL = MAX_SHOWN - 1 - HEAD;

/**
 * A number in TeX to 3 significant digits; very large or small magnitudes in scientific notation.
 * A value that is not finite is written as such, never as NaN.
 */
export function texNumber(value: number): string {
  if (Number.isNaN(value)) return '\\text{undefined}';
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1000 || magnitude < 0.001) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    return `${mantissa} \\times 10^{${Number(exponent)}}`;
  }
  return value.toPrecision(3);
}

/** The indices shown of `count`, with null where the middle ones are elided. */
export function shownIndices(count: number): (number | null)[] {
  if (count <= MAX_SHOWN) return Array.from({ length: count }, (_, i) => i);
  const head = Array.from({ length: HEAD }, (_, i) => i);
  const tail = Array.from({ length: TAIL }, (_, i) => count - TAIL + i);
  return [...head, null, ...tail];
}

const bmatrix = (rows: string[][]) =>
  `\\begin{bmatrix}${rows.map((row) => row.join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;

/**
 * A `rows` x `cols` matrix in TeX; `entry(i, j)` gives entry (i, j) as TeX. Wide or tall ones
 * keep their first and last rows and columns around \cdots, \vdots and \ddots.
 */
export function texGrid(rows: number, cols: number, entry: (i: number, j: number) => string) {
  const columns = shownIndices(cols);
  return bmatrix(
    shownIndices(rows).map((i) =>
      columns.map((j) => {
        if (i === null) return j === null ? '\\ddots' : '\\vdots';
        return j === null ? '\\cdots' : entry(i, j);
      }),
    ),
  );
}

/** Row-major `values` of shape rows x cols, optionally transposed, as a TeX matrix. */
export function texMatrix(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  transposed = false,
) {
  return transposed
    ? texGrid(cols, rows, (i, j) => texNumber(values[j * cols + i]))
    : texGrid(rows, cols, (i, j) => texNumber(values[i * cols + j]));
}

/** A column vector of numbers. */
export function texColumn(values: ArrayLike<number>): string {
  return texGrid(values.length, 1, (i) => texNumber(values[i]));
}

/** A row vector (a transposed column) of numbers. */
export function texRow(values: ArrayLike<number>): string {
  return texGrid(1, values.length, (_, j) => texNumber(values[j]));
}
