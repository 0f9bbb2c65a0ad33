import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTrain } from '../../src/cli';
import { formatPointsCsv, formatSession } from '../../src/data';
import { createAppStore } from '../../src/store';
import { createMemoryIo } from './memoryIo';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

/** A session exported by the app after a few steps, with its weights. */
function exportedSession() {
  const store = createAppStore();
  store.getState().setHiddenLayers([3]);
  for (let i = 0; i < 3; i++) store.getState().step();
  return store.getState().snapshotSession(true);
}

function train(args: string[], files: Record<string, string>) {
  const io = createMemoryIo(files);
  const code = runTrain(args, io);
  return { code, io, out: io.out() };
}

describe('train with a session file', () => {
  it('takes its points as --data: the same losses as the points CSV', () => {
    const session = exportedSession();
    const files = {
      's.json': formatSession(session),
      'p.csv': formatPointsCsv(session.points),
    };
    const args = ['--iterations', '5', '--layers', '2,3,2', '--batch', 'full'];
    const fromSession = train(['--data', 's.json', ...args], files);
    const fromCsv = train(['--data', 'p.csv', ...args], files);
    expect(fromSession.io.err()).toBe('');
    expect(fromSession.code).toBe(0);
    expect(fromSession.out).toBe(fromCsv.out);
  });

  it("takes its weights as --model: iteration 0 is the app's cost for them", () => {
    const session = exportedSession();
    const files = { 's.json': formatSession(session) };
    const run = train(['--data', 's.json', '--model', 's.json', '--iterations', '1'], files);
    expect(run.code).toBe(0);
    const loss = Number(run.out.split('\n')[1].split(',')[1]);
    const store = createAppStore();
    store.getState().applySession(session);
    expect(loss).toBeCloseTo(store.getState().progress.cost, 12);
  });

  it('refuses a session without weights as --model, and a broken one, naming file and field', () => {
    const session = { ...exportedSession(), model: undefined };
    const files = {
      's.json': formatSession(session),
      'bad.json': readFileSync(join(CORPUS, 'session-huge-label.json'), 'utf8'),
    };
    const noModel = train(['--data', 's.json', '--model', 's.json'], files);
    expect(noModel.code).toBe(2);
    expect(noModel.io.err()).toBe(
      'train: s.json: the session holds no weights (export it with its model)\n',
    );
    const broken = train(['--data', 'bad.json', '--layers', '2,2'], files);
    expect(broken.code).toBe(2);
    expect(broken.io.err()).toBe(
      'train: bad.json: points[1][2]: expected a class from 0 to 1, found 7\n',
    );
  });
});
