import { describe, expect, it } from 'vitest';
import {
  DATASET_NAMES,
  formatPointsCsv,
  generateDataset,
  parsePointsCsv,
  PointsCsvError,
} from '../../src/data';
import { createRng, type LabelledPoint } from '../../src/engine';

/** Any finite double, from random bits: subnormals, huge values and all. */
function randomDouble(rng: ReturnType<typeof createRng>): number {
  const view = new DataView(new ArrayBuffer(8));
  for (;;) {
    view.setUint32(0, Math.floor(rng.next() * 2 ** 32));
    view.setUint32(4, Math.floor(rng.next() * 2 ** 32));
    const value = view.getFloat64(0);
    if (Number.isFinite(value)) return value;
  }
}

function parseError(text: string, options?: { classCount?: number }): PointsCsvError {
  try {
    parsePointsCsv(text, options);
  } catch (error) {
    if (error instanceof PointsCsvError) return error;
    throw error;
  }
  throw new Error('parsePointsCsv accepted the text');
}

describe('formatPointsCsv(points) then parsePointsCsv(text)', () => {
  it.each(DATASET_NAMES)('gives back the points of %s exactly', (name) => {
    const points = generateDataset(name, 5);
    expect(parsePointsCsv(formatPointsCsv(points))).toEqual(points);
  });

  it('gives back every double exactly, -0, subnormals and the largest included', () => {
    const rng = createRng(11);
    const points: LabelledPoint[] = [
      { x: -0, y: 5e-324, label: 0 },
      { x: Number.MAX_VALUE, y: -Number.MIN_VALUE, label: 7 },
      { x: 0.1 + 0.2, y: 1 / 3, label: 3 },
      ...Array.from({ length: 500 }, () => ({
        x: randomDouble(rng),
        y: randomDouble(rng),
        label: Math.floor(rng.next() * 8),
      })),
    ];
    const back = parsePointsCsv(formatPointsCsv(points));
    expect(back).toHaveLength(points.length);
    back.forEach((point, i) => {
      expect(Object.is(point.x, points[i].x)).toBe(true);
      expect(Object.is(point.y, points[i].y)).toBe(true);
      expect(point.label).toBe(points[i].label);
    });
  });
});

describe('formatPointsCsv(points)', () => {
  it('writes the header x,y,label and one row a point', () => {
    expect(formatPointsCsv([{ x: 0.12, y: -0.5, label: 0 }])).toBe('x,y,label\n0.12,-0.5,0\n');
  });

  it('refuses what the reader could not read back', () => {
    expect(() => formatPointsCsv([{ x: NaN, y: 0, label: 0 }])).toThrow(RangeError);
    expect(() => formatPointsCsv([{ x: 0, y: Infinity, label: 0 }])).toThrow(RangeError);
    expect(() => formatPointsCsv([{ x: 0, y: 0, label: 8 }])).toThrow(RangeError);
  });
});

describe('parsePointsCsv(text, options)', () => {
  it('finds the columns by header name in any order and ignores the others', () => {
    const text = 'note,label,y,x\nfirst,1,0.5,-0.25\n"a, quoted note",0,2,3\n';
    expect(parsePointsCsv(text)).toEqual([
      { x: -0.25, y: 0.5, label: 1 },
      { x: 3, y: 2, label: 0 },
    ]);
  });

  it('accepts Windows line ends, a byte-order mark, spaces, blank lines and no final line end', () => {
    const text = '\ufeff X , Y ,Label\r\n1, 2 ,0\r\n\r\n 3e-1,+4,1.0';
    expect(parsePointsCsv(text)).toEqual([
      { x: 1, y: 2, label: 0 },
      { x: 0.3, y: 4, label: 1 },
    ]);
  });

  it('gives no points for a header alone', () => {
    expect(parsePointsCsv('x,y,label\n')).toEqual([]);
  });

  it.each([
    ['an empty file', '', 1, null, /empty/],
    ['a file of blank lines', '\n\n', 1, null, /empty/],
    ['a header without label', 'x,y\n1,2\n', 1, 'label', /header has no column "label"/],
    ['a header without x', 'y,label,z\n1,2,3\n', 1, 'x', /header has no column "x"/],
    ['a column named twice', 'x,y,label,x\n1,2,0,1\n', 1, 'x', /twice/],
    ['a row missing its label', 'x,y,label\n1,2,0\n3,4\n', 3, 'label', /missing/],
    ['an empty cell', 'x,y,label\n1,,0\n', 2, 'y', /missing/],
    ['a word for a number', 'x,y,label\n1,2,0\n\n3,abc,1\n', 4, 'y', /"abc" is not a number/],
    ['hexadecimal', 'x,y,label\n0x10,2,0\n', 2, 'x', /"0x10" is not a number/],
    ['two numbers in a cell', 'x,y,label\n1 2,2,0\n', 2, 'x', /"1 2" is not a number/],
    ['Infinity', 'x,y,label\nInfinity,2,0\n', 2, 'x', /not a finite number/],
    ['NaN', 'x,y,label\n1,NaN,0\n', 2, 'y', /not a finite number/],
    ['a number too large for a double', 'x,y,label\n1e999,2,0\n', 2, 'x', /finite/],
    ['a fractional label', 'x,y,label\n1,2,0.5\n', 2, 'label', /"0.5" is not an integer/],
    ['a negative label', 'x,y,label\n1,2,-1\n', 2, 'label', /label -1 is outside 0\.\.7/],
    ['a label above 7', 'x,y,label\n1,2,8\n', 2, 'label', /label 8 is outside 0\.\.7/],
    ['a label that is a word', 'x,y,label\n1,2,red\n', 2, 'label', /"red" is not a number/],
  ])('rejects %s, naming line and column', (_case, text, line, column, why) => {
    const error = parseError(text);
    expect(error.line).toBe(line);
    expect(error.column).toBe(column);
    expect(error.message).toMatch(why);
    expect(error.message).toMatch(new RegExp(`^line ${line}\\b`));
    if (column !== null) expect(error.message).toContain(`column ${column}`);
    expect(error.message).not.toContain('\n');
  });

  it('holds labels below the class count K when it is given', () => {
    expect(parsePointsCsv('x,y,label\n1,2,2\n', { classCount: 3 })).toEqual([
      { x: 1, y: 2, label: 2 },
    ]);
    const error = parseError('x,y,label\n1,2,1\n1,2,2\n', { classCount: 2 });
    expect(error.message).toBe('line 3, column label: label 2 is outside 0..1 (2 classes)');
  });

  it('counts the lines of a quoted cell that spans lines', () => {
    const error = parseError('x,y,note,label\n1,2,"two\nlines",0\n1,oops,"",0\n');
    expect(error.line).toBe(4);
    expect(error.column).toBe('y');
  });

  it('keeps the message on one line when the bad cell holds a line break', () => {
    const error = parseError('x,y,label\n"1\n2",2,0\n');
    expect(error.message).toBe('line 2, column x: "1\\n2" is not a number');
  });
});
