import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CLI_MAX_FILE_BYTES,
  CLI_MAX_POINTS,
  CLI_MEMORY_BUDGET_BYTES,
  EVALUATION_CHUNK_POINTS,
  nodeIo,
  runBytes,
  runTrain,
} from '../../src/cli';
import { createChunkedLoss } from '../../src/cli/chunkedLoss';
import { readTrainingPoints } from '../../src/cli/readPointsStream';
import { formatPointsCsv, generateDataset } from '../../src/data';
import {
  createBatchBuffers,
  createNetwork,
  createRng,
  evaluate,
  samplesFromPoints,
  stringifyModel,
} from '../../src/engine';
import { createMemoryIo, type MemoryIoOptions } from './memoryIo';

const DATA = formatPointsCsv(generateDataset('seed-1', 1));
const MODEL = stringifyModel(createNetwork([2, 4, 4, 2], 'relu', createRng(1)));

function train(args: string[], files: Record<string, string> = {}, options: MemoryIoOptions = {}) {
  const io = createMemoryIo({ 'data.csv': DATA, ...files }, options);
  const code = runTrain(['--data', 'data.csv', ...args], io);
  return { code, io };
}

function expectRefused(result: ReturnType<typeof train>, code: number, message: RegExp) {
  expect(result.code).toBe(code);
  expect(result.io.err()).toMatch(/^train: [^\n]*\n$/);
  expect(result.io.err()).toMatch(message);
}

describe('train --out', () => {
  it.each([
    ['its own --data file', ['--out', 'data.csv'], {}, /--out: data\.csv is the --data file/],
    [
      'its own --data file by another path',
      ['--out', './data.csv'],
      { links: { './data.csv': 'data.csv' } },
      /--out: \.\/data\.csv is the --data file data\.csv/,
    ],
    [
      'its own --model file',
      ['--model', 'm.json', '--out', 'm.json'],
      {},
      /--out: m\.json is the --model file/,
    ],
    [
      'its own --model file through a link',
      ['--model', 'm.json', '--out', 'link.json'],
      { links: { 'link.json': 'm.json' } },
      /--out: link\.json is the --model file m\.json/,
    ],
    ['a folder', ['--out', 'results/'], {}, /--out: results\/ is a folder/],
    ['a folder that does not exist', ['--out', '/missing/m.json'], {}, /no such file/],
    ['a place it may not write', ['--out', '/readonly/m.json'], {}, /permission denied/],
  ] as const)(
    'naming %s: exits 2 before training, and the inputs are untouched',
    (_case, args, options, message) => {
      const result = train([...args, '--iterations', '5'], { 'm.json': MODEL }, options);
      expectRefused(result, 2, message);
      expect(result.io.out()).toBe(''); // refused before the first iteration
      expect(result.io.files.get('data.csv')).toBe(DATA);
      expect(result.io.files.get('m.json')).toBe(MODEL);
    },
  );

  it('names the reason for a link to --data', () => {
    const result = train(['--out', 'alias.csv'], {}, { links: { 'alias.csv': 'data.csv' } });
    expectRefused(
      result,
      2,
      /--out: alias\.csv is the --data file data\.csv; writing it would destroy/,
    );
  });
});

describe('train on inputs too large to hold', () => {
  it('/dev/zero as --data: exits 2 after a few MB without a line break, with one line', () => {
    const result = train(['--data', '/dev/zero']);
    expectRefused(result, 2, /\/dev\/zero: line 1: no line break in its first 4 MB/);
  });

  it('a data file over the size limit: exits 2 naming it', () => {
    const result = train(['--data', 'big.csv'], { 'big.csv': 'x'.repeat(CLI_MAX_FILE_BYTES + 1) });
    expectRefused(result, 2, /cannot read big\.csv: it is larger than 64 MB/);
  });

  it('hundreds of 1024-wide layers: exits 2 naming the budget, before any weight is drawn', () => {
    const wide = ['2', ...Array<string>(300).fill('1024'), '2'].join(',');
    const result = train(['--layers', wide]);
    expectRefused(result, 2, /needs about \d+ MB of buffers, more than the 512 MB/);
  });

  it('--batch 1000000 on a wide net: exits 2 naming the budget', () => {
    const result = train(['--layers', '2,1024,1024,2', '--batch', '1000000']);
    expectRefused(result, 2, /batches of 1000000 needs about \d+ MB/);
  });

  it('more points than the command reads: exits 2 naming the limit', () => {
    const rows = '0,0,0\n'.repeat(CLI_MAX_POINTS + 1);
    const result = train(
      ['--data', 'many.csv'],
      { 'many.csv': `x,y,label\n${rows}` },
      { chunkChars: 2 ** 16 },
    );
    expectRefused(result, 2, /many\.csv: more than 1000000 points/);
  }, 60_000);
});

describe('runBytes(shape)', () => {
  it("fits a million points on the app's widest net in batches, not in one full batch", () => {
    const large = {
      layers: [7, 32, 32, 32, 8],
      batchCapacity: 10_000,
      pointCount: CLI_MAX_POINTS,
      optimizerSlots: 2,
    };
    expect(runBytes(large)).toBeLessThan(CLI_MEMORY_BUDGET_BYTES);
    expect(runBytes({ ...large, batchCapacity: CLI_MAX_POINTS })).toBeGreaterThan(
      CLI_MEMORY_BUDGET_BYTES,
    );
  });

  it('grows with the batch and the points, and the evaluation never takes more than a chunk', () => {
    const base = { layers: [2, 8, 2], batchCapacity: 100, pointCount: 100, optimizerSlots: 0 };
    expect(runBytes({ ...base, batchCapacity: 200 })).toBeGreaterThan(runBytes(base));
    const chunk = { ...base, pointCount: EVALUATION_CHUNK_POINTS };
    const many = { ...base, pointCount: EVALUATION_CHUNK_POINTS * 10 };
    // Ten times the points add only the samples themselves (17 bytes a point of 2 inputs).
    expect(runBytes(many) - runBytes(chunk)).toBe(EVALUATION_CHUNK_POINTS * 9 * 17);
  });
});

describe('train when the run diverges', () => {
  it('exits 3 with one line naming the iteration, and prints no NaN or Infinity', () => {
    const result = train(['--lr', '1e300', '--iterations', '50', '--out', 'out.json']);
    expectRefused(result, 3, /diverged at iteration \d+; try a smaller --lr/);
    expect(result.io.out()).not.toMatch(/NaN|Infinity/i);
    expect(result.io.files.has('out.json')).toBe(false);
  });
});

describe('createChunkedLoss(layers, pointCount)', () => {
  const net = createNetwork([2, 5, 3], 'tanh', createRng(2));
  const points = generateDataset('seed-2', 3).map((p, i) => ({ ...p, label: i % 3 }));

  it('equals one evaluate over every point when they fit a chunk', () => {
    const samples = samplesFromPoints(points);
    const whole = evaluate(net, samples, createBatchBuffers(net.layers, points.length)).loss;
    expect(createChunkedLoss(net.layers, points.length).measure(net, samples)).toBe(whole);
  });

  it('gives the mean over every point when they span several chunks', () => {
    const many = Array.from(
      { length: EVALUATION_CHUNK_POINTS * 2 + 17 },
      (_, i) => points[i % points.length],
    );
    const samples = samplesFromPoints(many);
    const whole = evaluate(net, samples, createBatchBuffers(net.layers, many.length)).loss;
    const chunked = createChunkedLoss(net.layers, many.length);
    expect(chunked.measure(net, samples)).toBeCloseTo(whole, 12);
  });
});

describe('readTrainingPoints(io, path, classCount, blockChars)', () => {
  const rows = Array.from({ length: 60 }, (_, i) => `${i / 100},${-i / 100},${i % 2}`);

  it('reads the same points in small blocks as in one, whatever the chunks', () => {
    const text = `\n x,y,label\r\n${rows.join('\r\n')}\r\n`;
    const io = createMemoryIo({ 'p.csv': text }, { chunkChars: 5 });
    const inBlocks = readTrainingPoints(io, 'p.csv', 2, 16);
    expect(inBlocks).toHaveLength(60);
    expect(inBlocks[59]).toEqual({ x: 0.59, y: -0.59, label: 1 });
    expect(readTrainingPoints(io, 'p.csv', 2)).toEqual(inBlocks);
  });

  it('names the line of the file for an error found in a later block', () => {
    const bad = [...rows];
    bad[40] = '0.4,oops,0'; // line 43: a blank line and the header come first
    const io = createMemoryIo({ 'p.csv': `\nx,y,label\n${bad.join('\n')}\n` }, { chunkChars: 3 });
    expect(() => readTrainingPoints(io, 'p.csv', 2, 20)).toThrow(
      /p\.csv: line 43, column y: "oops" is not a number/,
    );
  });

  it('keeps a quoted cell that holds a line break whole across blocks', () => {
    const text = `x,note,y,label\n0,"a\nb",0,0\n${'1,"c",1,1\n'.repeat(10)}`;
    const io = createMemoryIo({ 'q.csv': text }, { chunkChars: 4 });
    expect(readTrainingPoints(io, 'q.csv', 2, 8)).toHaveLength(11);
  });
});

describe('nodeIo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backprop-lab-io-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads /dev/zero only up to the limit, then stops with EFBIG', () => {
    expect(() => [...nodeIo.readChunks('/dev/zero', 3 * 2 ** 20)]).toThrow(
      expect.objectContaining({ code: 'EFBIG' }),
    );
  });

  it('writes a whole file through a temporary one and leaves nothing else behind', () => {
    const path = join(dir, 'model.json');
    writeFileSync(path, 'old');
    nodeIo.writeFile(path, 'new text');
    expect(readdirSync(dir)).toEqual(['model.json']);
    expect(nodeIo.readFile(path, 100)).toBe('new text');
  });

  it('a write that fails leaves no temporary file, and the folder in its place untouched', () => {
    const folder = join(dir, 'taken');
    mkdirSync(folder);
    expect(() => nodeIo.writeFile(folder, 'text')).toThrow();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(nodeIo.identify(folder)?.isDirectory).toBe(true);
  });

  it('knows one file by two paths', () => {
    const path = join(dir, 'model.json');
    expect(nodeIo.identify(join(dir, '.', 'model.json'))).toEqual(nodeIo.identify(path));
    expect(nodeIo.identify(join(dir, 'none.json'))).toBeNull();
  });
});
