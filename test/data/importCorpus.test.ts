import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSizeProblem, MAX_FILE_BYTES, MAX_POINTS, readImportText } from '../../src/data';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
const read = (name: string) => readImportText(readFileSync(join(CORPUS, name), 'latin1'));
const readUtf8 = (name: string) => readImportText(readFileSync(join(CORPUS, name), 'utf8'));

/** Each broken file of the corpus and where its refusal must point. */
const BROKEN: Record<string, RegExp> = {
  'points-empty.csv': /^the file is empty$/,
  'points-header-only.csv': /^line 2: no points after the header line$/,
  'points-binary.csv': /^the file is binary, not text$/,
  'points-wrong-columns.csv': /^line 1, column x: the header has no column "x"/,
  'points-nan.csv': /^line 3, column x: "NaN" is not a finite number$/,
  'points-huge-number.csv': /^line 2, column x: "1e400" is too large to be a finite number$/,
  'points-off-plane.csv': /^line 2, column x: "1e300" is outside the plane/,
  'points-huge-label.csv': /^line 2, column label: label 99999999999 is outside 0\.\.7/,
  'points-fraction-label.csv': /^line 2, column label: "0\.5" is not an integer class index$/,
  'points-missing-cell.csv': /^line 2, column y: the value is missing$/,
  'points-script.csv': /^line 2, column x: "<script>alert\(1\)<\/script\.\.\." is not a number$/,
  'points-crlf-bad-row.csv': /^line 3, column y: "oops" is not a number$/,
  'model-huge-layers.json':
    /^model\.layers\[1\]: expected an integer from 1 to 32, found 100000000$/,
  'model-too-wide-for-app.json': /^model\.layers\[1\]: expected an integer from 1 to 32, found 64$/,
  'model-too-deep-for-app.json': /^model\.layers: 9 hidden layers is more than the 8 allowed$/,
  'model-wrong-format.json': /^format: unknown format "someone-else\.model"/,
  'model-new-version.json': /^model\.version: version 99 is newer than this reader/,
  'model-ragged.json': /^model\.weights\[0\]\[1\]: expected 2 numbers, found 1$/,
  'model-proto.json': /^model\.layers: expected an array of at least two layer sizes$/,
  'model-nan.json': /^file: not valid JSON/,
  'model-features-unknown.json': /^model\.features: unknown feature "z"/,
  'session-wrong-format.json': /^format: unknown format "backprop-lab\.sesion"/,
  'session-new-version.json': /^version: version 2 is newer than this reader \(1\)$/,
  'session-bad-setting.json':
    /^settings\.learningRate: expected a number from 0\.0001 to 10, found "fast"$/,
  'session-unknown-setting.json': /^settings\.turbo: unknown setting$/,
  'session-huge-label.json': /^points\[1\]\[2\]: expected a class from 0 to 1, found 7$/,
  'session-ragged-points.json': /^points\[1\]: expected \[x, y, label\]$/,
  'session-proto.json': /^settings\.__proto__: unknown setting$/,
  'session-model-mismatch.json':
    /^model\.layers: \[2, 3, 2\] does not match the settings' network \[2, 5, 2\]$/,
  'session-huge-layers.json':
    /^settings\.hiddenLayers: expected up to 8 whole numbers from 1 to 32, found \[4096\]$/,
  'session-huge-numbers.json': /^points\[0\]\[0\]: 1e\+308 is outside the plane/,
  'session-truncated.json': /^file: not valid JSON/,
  'unknown-format.json':
    /^format: unknown format "x", expected "backprop-lab\.session" or "backprop-lab\.model"$/,
};

describe('readImportText(text) on the corpus of broken files', () => {
  it('covers every file of test/fixtures/corpus', () => {
    const files = readdirSync(CORPUS).filter((name) => !name.startsWith('valid-'));
    expect(files.sort()).toEqual(Object.keys(BROKEN).sort());
  });

  for (const [name, where] of Object.entries(BROKEN)) {
    it(`refuses ${name}, saying what and where`, () => {
      const reading = name === 'points-binary.csv' ? read(name) : readUtf8(name);
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.problem).toMatch(where);
    });
  }

  it('leaves Object.prototype untouched by __proto__ and constructor keys', () => {
    readUtf8('model-proto.json');
    readUtf8('session-proto.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('readImportText(text) on the valid files of the corpus', () => {
  it('reads points with a byte order mark and with CRLF line ends alike', () => {
    for (const name of ['valid-points-bom.csv', 'valid-points-crlf.csv']) {
      const reading = readUtf8(name);
      expect(reading).toEqual({
        ok: true,
        file: {
          kind: 'points',
          points: [
            { x: 0.1, y: 0.2, label: 0 },
            { x: -0.3, y: 0.4, label: 1 },
          ],
        },
      });
    }
  });

  it('tells a model from a session by content', () => {
    const model = readUtf8('valid-model.json');
    const session = readUtf8('valid-session.json');
    expect(model.ok && model.file.kind).toBe('model');
    expect(session.ok && session.file.kind).toBe('session');
    if (session.ok && session.file.kind === 'session') {
      expect(session.file.session.points).toHaveLength(2);
      expect(session.file.session.model?.layers).toEqual([2, 3, 2]);
    }
  });
});

describe('the limits on a file', () => {
  const row = (i: number) => `${((i % 200) / 100 - 1).toFixed(2)},0.5,${i % 2}`;

  it('refuses 10,001 points at the row beyond the limit, and takes 10,000', () => {
    const rows = Array.from({ length: MAX_POINTS + 1 }, (_, i) => row(i));
    const over = readImportText(['x,y,label', ...rows].join('\n'));
    expect(over).toEqual({ ok: false, problem: `line ${MAX_POINTS + 2}: more than 10000 points` });
    const atLimit = readImportText(['x,y,label', ...rows.slice(0, MAX_POINTS)].join('\n'));
    expect(atLimit.ok && atLimit.file.kind === 'points' && atLimit.file.points.length).toBe(
      MAX_POINTS,
    );
  });

  it('refuses a session of 10,001 points before reading any of them', () => {
    const points = Array.from({ length: MAX_POINTS + 1 }, () => 'oops');
    const text = JSON.stringify({ format: 'backprop-lab.session', version: 1, points });
    expect(readImportText(text)).toEqual({
      ok: false,
      problem: 'points: 10001 points, more than the 10000 allowed',
    });
  });

  it('refuses a 6 MB file by its size, and an empty one', () => {
    const sixMb = 'x,y,label\n' + '0.1,0.2,0\n'.repeat((6 * 1024 * 1024) / 10);
    expect(sixMb.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(readImportText(sixMb)).toEqual({
      ok: false,
      problem: 'the file is 6.0 MB, more than the 5.0 MB allowed',
    });
    expect(fileSizeProblem(6 * 1024 * 1024)).toBe(
      'the file is 6.0 MB, more than the 5.0 MB allowed',
    );
    expect(fileSizeProblem(0)).toBe('the file is empty');
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
  });
});

describe('readImportText(text) on values built to break a message', () => {
  it('names an object whose toString is spoiled instead of throwing a TypeError', () => {
    const model = { format: 'backprop-lab.model', version: 1, layers: [2, { toString: false }, 2] };
    expect(readImportText(JSON.stringify(model))).toEqual({
      ok: false,
      problem: 'model.layers[1]: expected an integer from 1 to 32, found an object',
    });
    const session = {
      format: 'backprop-lab.session',
      version: 1,
      settings: { optimizer: { kind: { toString: 1 } } },
    };
    expect(readImportText(JSON.stringify(session))).toEqual({
      ok: false,
      problem: 'settings.optimizer: expected an object with a kind',
    });
  });
});
