import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePointsCsv } from '../../src/data';
import { createBatchBuffers, evaluate, parseModel, samplesFromPoints } from '../../src/engine';

// These run the real commands in child processes: slow to start, so they get room.
const TIMEOUT_MS = 120_000;
const root = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tsx = (script: string, args: string[]) =>
  run('npx', ['tsx', `src/cli/${script}.ts`, ...args]);
const inDir = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backprop-lab-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run train / npm run dataset (the real commands)', () => {
  it(
    'dataset, then train --out, then train --model continues from the trained weights',
    () => {
      const dataset = run('npm', ['run', '--silent', 'dataset', '--', '--name', 'seed-2']);
      expect(dataset.code).toBe(0);
      expect(dataset.stderr).toBe('');
      writeFileSync(inDir('points.csv'), dataset.stdout);
      const points = parsePointsCsv(dataset.stdout);
      expect(points).toHaveLength(207);

      const first = run('npm', [
        'run',
        '--silent',
        'train',
        '--',
        '--data',
        inDir('points.csv'),
        '--iterations',
        '400',
        '--out',
        inDir('trained.json'),
      ]);
      expect(first.code).toBe(0);
      expect(first.stderr).toBe('');
      const firstLines = first.stdout.trimEnd().split('\n');
      expect(firstLines).toHaveLength(1 + 400);
      expect(firstLines[0]).toBe('iteration,loss');

      const trained = parseModel(readFileSync(inDir('trained.json'), 'utf8'));
      const second = tsx('train', [
        '--data',
        inDir('points.csv'),
        '--model',
        inDir('trained.json'),
        '--iterations',
        '10',
      ]);
      expect(second.code).toBe(0);
      const secondLines = second.stdout.trimEnd().split('\n');
      expect(secondLines).toHaveLength(1 + 10);
      const samples = samplesFromPoints(points);
      const { loss } = evaluate(trained, samples, createBatchBuffers(trained.layers, 207));
      expect(secondLines[1]).toBe(`0,${loss}`);
      expect(loss).toBeLessThan(Number(firstLines[1].split(',')[1]));
    },
    TIMEOUT_MS,
  );

  it(
    'prints the same output for --batch full twice',
    () => {
      writeFileSync(inDir('small.csv'), 'x,y,label\n0,0,0\n0.5,0.5,1\n-0.5,0.5,1\n0.2,-0.7,0\n');
      const args = ['--data', inDir('small.csv'), '--batch', 'full', '--iterations', '30'];
      const first = tsx('train', args);
      expect(first.code).toBe(0);
      expect(first.stdout.trimEnd().split('\n')).toHaveLength(31);
      expect(tsx('train', args).stdout).toBe(first.stdout);
    },
    TIMEOUT_MS,
  );

  it.each([
    ['a missing data file', () => ['--data', inDir('absent.csv')], /cannot read .*absent\.csv/],
    [
      '--lr abc',
      () => ['--data', inDir('small.csv'), '--lr', 'abc'],
      /--lr: expected a positive number/,
    ],
    [
      '--iterations 1.5',
      () => ['--data', inDir('small.csv'), '--iterations', '1.5'],
      /--iterations/,
    ],
    ['an unknown flag', () => ['--data', inDir('small.csv'), '--epochs', '3'], /--epochs/],
    [
      'an optimizer flag of another optimizer',
      () => ['--data', inDir('small.csv'), '--beta1', '0.9'],
      /--beta1 is a setting of --optimizer adam, not of --optimizer gd/,
    ],
    ['a malformed row', () => ['--data', inDir('bad.csv')], /bad\.csv: line 3, column y: "oops"/],
  ])(
    'train with %s exits 2 with one line on stderr and no stack trace',
    (_case, args, message) => {
      writeFileSync(inDir('small.csv'), 'x,y,label\n0,0,0\n0.5,0.5,1\n');
      writeFileSync(inDir('bad.csv'), 'x,y,label\n0,0,0\n0.5,oops,1\n');
      const result = tsx('train', args());
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^train: [^\n]*\n$/);
      expect(result.stderr).toMatch(message);
    },
    TIMEOUT_MS,
  );

  it(
    'dataset with an unknown name exits 2 with one line on stderr',
    () => {
      const result = tsx('dataset', ['--name', 'seed-9']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^dataset: --name: unknown data set "seed-9"[^\n]*\n$/);
    },
    TIMEOUT_MS,
  );
});
