import { csvParseRows } from 'd3-dsv';
import { MAX_CLASSES, MIN_CLASSES, type LabelledPoint } from '../engine';
import { PLANE_MAX, PLANE_MIN } from './plane';

export const POINTS_CSV_COLUMNS = ['x', 'y', 'label'] as const;
type PointsColumn = (typeof POINTS_CSV_COLUMNS)[number];

/**
 * Points text that cannot be read. The message names the line (1-based, as an editor counts it),
 * the column when there is one, and why; `line` and `column` carry the same for a caller.
 */
export class PointsCsvError extends Error {
  override name = 'PointsCsvError';
  constructor(
    readonly line: number,
    readonly column: PointsColumn | null,
    readonly reason: string,
  ) {
    super(`line ${line}${column === null ? '' : `, column ${column}`}: ${reason}`);
  }
}

export interface ParsePointsOptions {
  /** The number of classes K: labels must lie in 0..K-1. Without it, 0..MAX_CLASSES-1. */
  readonly classCount?: number;
  /** Refuses the row after this many points. Without it, any number. */
  readonly maxPoints?: number;
  /** Refuses a coordinate outside the plane (PLANE_MIN..PLANE_MAX), as the app does. */
  readonly onPlane?: boolean;
}

// Decimal notation only: no hexadecimal, no empty text, no "Infinity".
/** A number written in decimal, as a person or a program writes it: no hex, no blanks, no words. */
export const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const NON_FINITE = /^[+-]?(infinity|inf|nan)$/i;

/** A cell's text for a one-line message: quoted, escaped, and cut short when long. */
function quote(text: string): string {
  const shown = text.length > 24 ? `${text.slice(0, 24)}...` : text;
  return JSON.stringify(shown);
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function readNumber(text: string, line: number, column: PointsColumn): number {
  if (text === '') throw new PointsCsvError(line, column, 'the value is missing');
  if (NON_FINITE.test(text)) {
    throw new PointsCsvError(line, column, `${quote(text)} is not a finite number`);
  }
  if (!DECIMAL.test(text)) throw new PointsCsvError(line, column, `${quote(text)} is not a number`);
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw new PointsCsvError(line, column, `${quote(text)} is too large to be a finite number`);
  }
  return value;
}

function readCoordinate(text: string, line: number, column: PointsColumn, onPlane: boolean) {
  const value = readNumber(text, line, column);
  if (onPlane && !(value >= PLANE_MIN && value <= PLANE_MAX)) {
    throw new PointsCsvError(
      line,
      column,
      `${quote(text)} is outside the plane (${PLANE_MIN} to ${PLANE_MAX})`,
    );
  }
  return value;
}

function readLabel(text: string, line: number, classCount: number): number {
  const value = readNumber(text, line, 'label');
  if (!Number.isInteger(value)) {
    throw new PointsCsvError(line, 'label', `${quote(text)} is not an integer class index`);
  }
  if (value < 0 || value >= classCount) {
    throw new PointsCsvError(
      line,
      'label',
      `label ${value} is outside 0..${classCount - 1} (${classCount} classes)`,
    );
  }
  return value;
}

function findColumns(header: readonly string[]): Record<PointsColumn, number> {
  const names = header.map((name) => name.trim().toLowerCase());
  const found = {} as Record<PointsColumn, number>;
  for (const column of POINTS_CSV_COLUMNS) {
    const index = names.indexOf(column);
    if (index < 0) {
      throw new PointsCsvError(
        1,
        column,
        `the header has no column "${column}"; expected a header with ${POINTS_CSV_COLUMNS.join(',')}`,
      );
    }
    if (names.indexOf(column, index + 1) >= 0) {
      throw new PointsCsvError(1, column, `the header has the column "${column}" twice`);
    }
    found[column] = index;
  }
  return found;
}

/**
 * Reads points CSV: a header naming the columns `x`, `y` and `label` in any order (other columns
 * are ignored), then one point a row. Blank lines are skipped. Throws a PointsCsvError at the first
 * row that cannot be read: an empty file, a header without those columns, a missing cell, a value
 * that is not a finite number, a label that is not an integer in range.
 */
export function parsePointsCsv(text: string, options: ParsePointsOptions = {}): LabelledPoint[] {
  const classCount = options.classCount ?? MAX_CLASSES;
  const { maxPoints = Infinity, onPlane = false } = options;
  if (!Number.isInteger(classCount) || classCount < MIN_CLASSES || classCount > MAX_CLASSES) {
    throw new RangeError(
      `classCount must be an integer from ${MIN_CLASSES} to ${MAX_CLASSES}, found ${classCount}`,
    );
  }
  const rows = csvParseRows(text.startsWith('\ufeff') ? text.slice(1) : text);
  // Rows and lines differ when a quoted cell holds a line break, so count the lines as we go.
  let line = 1;
  let columns: Record<PointsColumn, number> | null = null;
  const points: LabelledPoint[] = [];
  for (const row of rows) {
    const rowLine = line;
    line += 1 + row.reduce((breaks, cell) => breaks + countLineBreaks(cell), 0);
    if (row.length === 1 && row[0].trim() === '') continue;
    if (columns === null) {
      columns = findColumns(row);
      continue;
    }
    if (points.length === maxPoints) {
      throw new PointsCsvError(rowLine, null, `more than ${maxPoints} points`);
    }
    const cell = (column: PointsColumn) => (row[columns![column]] ?? '').trim();
    points.push({
      x: readCoordinate(cell('x'), rowLine, 'x', onPlane),
      y: readCoordinate(cell('y'), rowLine, 'y', onPlane),
      label: readLabel(cell('label'), rowLine, classCount),
    });
  }
  if (columns === null) {
    throw new PointsCsvError(
      1,
      null,
      `the file is empty; expected a header line ${POINTS_CSV_COLUMNS.join(',')}`,
    );
  }
  return points;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write the non-finite value ${value}.`);
  // String() gives the shortest text that reads back to the same double; only -0 needs help.
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * Writes points as CSV with the header `x,y,label`, every number exactly as it is so that
 * parsePointsCsv gives back the same points. Throws a RangeError for a value it cannot write.
 */
export function formatPointsCsv(points: readonly LabelledPoint[]): string {
  const lines = [POINTS_CSV_COLUMNS.join(',')];
  for (const { x, y, label } of points) {
    if (!Number.isInteger(label) || label < 0 || label >= MAX_CLASSES) {
      throw new RangeError(`Cannot write the label ${label}: expected 0..${MAX_CLASSES - 1}.`);
    }
    lines.push(`${formatNumber(x)},${formatNumber(y)},${label}`);
  }
  return lines.join('\n') + '\n';
}
