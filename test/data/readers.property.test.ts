import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  formatPointsCsv,
  formatSession,
  InputFormatError,
  parsePointsCsv,
  PointsCsvError,
  readImportText,
  readSessionText,
  readSettings,
  type SessionFile,
} from '../../src/data';
import { ModelFormatError, readModel } from '../../src/engine';

import { model, plusZero, point, RUNS, settings } from './arbitraries';

// A thousand runs take seconds on a loaded machine: longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

/** A located refusal: a line (CSV), a field path (JSON), or the file as a whole. */
const LOCATED =
  /^(line \d+(, column (x|y|label))?: |[A-Za-z_$][\w$]*(\[\d+\]|\.[\w$]+|\[".*"\])*: |the file is )/;

describe('parsePointsCsv(text), property', () => {
  it(`any text gives valid points or a PointsCsvError with a line (${RUNS} runs)`, () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.double().map(String),
      fc.integer({ min: -3, max: 10 }).map(String),
    );
    const csv = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(fc.array(cell, { maxLength: 4 }), { maxLength: 8 })
        .map((rows) =>
          ['x,y,label', ...rows.map((r) => r.join(','))].join(
            fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0],
          ),
        ),
    );
    fc.assert(
      fc.property(csv, (text) => {
        try {
          for (const p of parsePointsCsv(text, { classCount: 8 })) {
            expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
            expect(Number.isInteger(p.label) && p.label >= 0 && p.label < 8).toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(PointsCsvError);
          expect((error as PointsCsvError).line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`export then import gives back exactly the points (${RUNS} runs)`, () => {
    const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).map(plusZero);
    const points = fc.array(
      fc.record({ x: anyDouble, y: anyDouble, label: fc.integer({ min: 0, max: 7 }) }),
      { maxLength: 50 },
    );
    fc.assert(
      fc.property(points, (ps) => {
        expect(parsePointsCsv(formatPointsCsv(ps))).toEqual(ps);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('readModel(json), property', () => {
  it(`any JSON value gives a model or a ModelFormatError naming a field (${RUNS} runs)`, () => {
    const valid = model([2, 3, 2]);
    const json = fc.oneof(
      fc.jsonValue(),
      valid.chain((m) =>
        fc
          .constantFrom(...Object.keys(m))
          .chain((key) => fc.jsonValue().map((v) => ({ ...m, [key]: v }))),
      ),
    );
    fc.assert(
      fc.property(json, (value) => {
        try {
          const { network } = readModel(value);
          expect(network.layers.length).toBeGreaterThanOrEqual(2);
        } catch (error) {
          expect(error).toBeInstanceOf(ModelFormatError);
          expect((error as Error).message).toMatch(LOCATED);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

const session: fc.Arbitrary<SessionFile> = settings.chain((s) =>
  fc
    .record({
      settings: fc.constant(s),
      points: fc.array(point(8), { maxLength: 30 }),
      dataset: fc.constantFrom('custom', 'spiral', 'seed-1'),
      model: fc.option(
        model([s.features.length, ...s.hiddenLayers.slice(0, 2), 8]).map((m) => ({
          ...m,
          activation: s.activation,
          ...(s.features.length === 2 && s.features[0] === 'x'
            ? {}
            : { version: 2, features: [...s.features] }),
        })),
        { nil: undefined },
      ),
    })
    .map((file) =>
      file.model === undefined
        ? { ...file, model: undefined }
        : { ...file, settings: { ...file.settings, hiddenLayers: file.model.layers.slice(1, -1) } },
    ),
);

describe('readSessionText(text) and readImportText(text), property', () => {
  it(`export then import gives back exactly the session (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(session, (file) => {
        const read = readSessionText(formatSession(file));
        const expected = file.model === undefined ? { ...file, model: undefined } : file;
        expect({ ...read, model: read.model }).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it(`any text, or a session with one field replaced, reads or is refused with a location (${RUNS} runs)`, () => {
    const mutated = session.chain((file) => {
      const json = JSON.parse(formatSession(file)) as Record<string, unknown>;
      const settingKeys = Object.keys(json.settings as object).map((k) => `settings.${k}`);
      return fc
        .tuple(fc.constantFrom(...Object.keys(json), ...settingKeys), fc.jsonValue())
        .map(([path, value]) => {
          const [head, tail] = path.split('.');
          if (tail === undefined) json[head] = value;
          else (json.settings as Record<string, unknown>)[tail] = value;
          return JSON.stringify(json);
        });
    });
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
      mutated,
    );
    fc.assert(
      fc.property(text, (t) => {
        const reading = readImportText(t);
        if (!reading.ok) expect(reading.problem).toMatch(LOCATED);
        else if (reading.file.kind === 'session') {
          expect(readSettings(reading.file.session.settings).problems).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses with InputFormatError rather than any other error', () => {
    expect(() =>
      readSessionText('{"format":"backprop-lab.session","version":1,"points":[[0,0,9]]}'),
    ).toThrow(InputFormatError);
  });
});
