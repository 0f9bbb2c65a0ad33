import { describe, expect, it } from 'vitest';
import { runTrain } from '../../src/cli';
import { formatPointsCsv, generateDataset } from '../../src/data';
import {
  createBatchBuffers,
  createNetwork,
  createRng,
  evaluate,
  parseModel,
  samplesFromPoints,
  stringifyModel,
  type LabelledPoint,
  type Network,
} from '../../src/engine';
import { createAppStore } from '../../src/store';
import { createMemoryIo } from './memoryIo';

const points = generateDataset('seed-1', 1);
const DATA = formatPointsCsv(points);

function train(args: string[], files: Record<string, string> = {}) {
  const io = createMemoryIo({ 'data.csv': DATA, ...files });
  const code = runTrain(['--data', 'data.csv', ...args], io);
  return { code, io, lines: io.out().trimEnd().split('\n') };
}

function lossOf(line: string): number {
  const [, loss] = line.split(',');
  return Number(loss);
}

function meanLoss(net: Network, data: readonly LabelledPoint[]): number {
  return evaluate(net, samplesFromPoints(data), createBatchBuffers(net.layers, data.length)).loss;
}

describe('runTrain(argv, io)', () => {
  it('prints iteration,loss and one line per iteration from 0, and exits 0', () => {
    const { code, io, lines } = train(['--iterations', '50']);
    expect(code).toBe(0);
    expect(io.err()).toBe('');
    expect(lines).toHaveLength(1 + 50);
    expect(lines[0]).toBe('iteration,loss');
    lines.slice(1).forEach((line, i) => {
      expect(line).toMatch(/^\d+,[-+.e\d]+$/);
      expect(line.startsWith(`${i},`)).toBe(true);
      expect(lossOf(line)).toBeGreaterThan(0);
    });
  });

  it('prints at iteration 0 the mean cross-entropy of the weights drawn from --seed', () => {
    const { lines } = train(['--iterations', '1', '--seed', '9']);
    const net = createNetwork([2, 4, 4, 2], 'relu', createRng(9));
    expect(lossOf(lines[1])).toBe(meanLoss(net, points));
  });

  it("lowers the loss over the post's 1000 iterations with the defaults", () => {
    const { lines } = train([]);
    expect(lines).toHaveLength(1001);
    expect(lossOf(lines[1000])).toBeLessThan(lossOf(lines[1]) / 4);
  });

  it('prints the same output for the same seed, and different output for another', () => {
    const first = train(['--iterations', '100', '--seed', '4']).io.out();
    expect(train(['--iterations', '100', '--seed', '4']).io.out()).toBe(first);
    expect(train(['--iterations', '100', '--seed', '5']).io.out()).not.toBe(first);
  });

  it('with --batch full, prints the same output twice, whatever the seed once the model is set', () => {
    const model = stringifyModel(createNetwork([2, 4, 4, 2], 'relu', createRng(3)));
    const args = ['--batch', 'full', '--iterations', '200', '--model', 'init.json'];
    const first = train([...args, '--seed', '1'], { 'init.json': model }).io.out();
    expect(train([...args, '--seed', '1'], { 'init.json': model }).io.out()).toBe(first);
    expect(train([...args, '--seed', '2'], { 'init.json': model }).io.out()).toBe(first);
    // With batches of 100 drawn at random, the seed does matter.
    const drawn = ['--iterations', '200', '--model', 'init.json'];
    expect(train([...drawn, '--seed', '1'], { 'init.json': model }).io.out()).not.toBe(
      train([...drawn, '--seed', '2'], { 'init.json': model }).io.out(),
    );
  });

  it('writes --out, and a run from it as --model continues where the first run stopped', () => {
    const first = train(['--iterations', '300', '--out', 'trained.json']);
    expect(first.code).toBe(0);
    const trained = parseModel(first.io.files.get('trained.json')!);
    expect(trained.layers).toEqual([2, 4, 4, 2]);
    expect(trained.activation).toBe('relu');

    const second = train(['--iterations', '5', '--model', 'trained.json'], {
      'trained.json': first.io.files.get('trained.json')!,
    });
    expect(second.code).toBe(0);
    expect(second.lines).toHaveLength(6);
    expect(lossOf(second.lines[1])).toBe(meanLoss(trained, points));
    expect(lossOf(second.lines[1])).toBeLessThan(lossOf(first.lines[1]));
  });

  it('builds the network of --layers and --activation, with as many classes as the last size', () => {
    const threeClasses = points.map((p, i) => ({ ...p, label: i % 3 }));
    const io = createMemoryIo({ 'three.csv': formatPointsCsv(threeClasses) });
    const args = ['--data', 'three.csv', '--layers', '2,6,3', '--activation', 'tanh'];
    expect(runTrain([...args, '--iterations', '3', '--out', 'm.json'], io)).toBe(0);
    const net = parseModel(io.files.get('m.json')!);
    expect(net.layers).toEqual([2, 6, 3]);
    expect(net.activation).toBe('tanh');
  });

  it('with --iterations 0 prints the header alone and writes the starting weights', () => {
    const { code, lines, io } = train(['--iterations', '0', '--seed', '6', '--out', 'init.json']);
    expect(code).toBe(0);
    expect(lines).toEqual(['iteration,loss']);
    const expected = createNetwork([2, 4, 4, 2], 'relu', createRng(6));
    expect(parseModel(io.files.get('init.json')!)).toEqual(expected);
  });
});

const MODEL_2_4_4_2 = stringifyModel(createNetwork([2, 4, 4, 2], 'relu', createRng(1)));
const MODEL_3_INPUTS = stringifyModel(createNetwork([3, 4, 2], 'relu', createRng(1)));
const THREE_CLASS_DATA = 'x,y,label\n0,0,0\n1,1,1\n-1,0.5,2\n';
const BROKEN_MODEL = MODEL_2_4_4_2.replace('"relu"', '"swish"');

describe('runTrain(argv, io) on bad input', () => {
  it.each([
    ['a missing data file', ['--data', 'nope.csv'], {}, /cannot read nope\.csv: no such file/],
    ['a directory for data', ['--data', 'dir/'], {}, /cannot read dir\/: it is a directory/],
    [
      'an empty data file',
      ['--data', 'e.csv'],
      { 'e.csv': '' },
      /e\.csv: line 1: the file is empty/,
    ],
    ['no points', ['--data', 'h.csv'], { 'h.csv': 'x,y,label\n' }, /h\.csv: no points/],
    [
      'a header without y',
      ['--data', 'b.csv'],
      { 'b.csv': 'x,label\n1,0\n' },
      /b\.csv: line 1, column y/,
    ],
    [
      'a word for a number',
      ['--data', 'b.csv'],
      { 'b.csv': 'x,y,label\n1,2,0\n1,two,1\n' },
      /b\.csv: line 3, column y: "two" is not a number/,
    ],
    [
      'a non-finite value',
      ['--data', 'b.csv'],
      { 'b.csv': 'x,y,label\n1,2,0\n-Infinity,2,1\n' },
      /b\.csv: line 3, column x: "-Infinity" is not a finite number/,
    ],
    [
      'a label the two classes of 2,4,4,2 do not cover',
      ['--data', 'k.csv'],
      { 'k.csv': THREE_CLASS_DATA },
      /k\.csv: line 4, column label: label 2 is outside 0\.\.1/,
    ],
    [
      "a label the model's classes do not cover",
      ['--data', 'k.csv', '--model', 'm.json'],
      { 'k.csv': THREE_CLASS_DATA, 'm.json': MODEL_2_4_4_2 },
      /k\.csv: line 4, column label: label 2 is outside 0\.\.1/,
    ],
    [
      'a model with 3 inputs',
      ['--model', 'm.json'],
      { 'm.json': MODEL_3_INPUTS },
      /m\.json: layers\[0\]: the input size must be 2/,
    ],
    [
      'a model that is not JSON',
      ['--model', 'm.json'],
      { 'm.json': '{' },
      /m\.json: model: not valid JSON/,
    ],
    [
      'a model with an unknown activation',
      ['--model', 'm.json'],
      { 'm.json': BROKEN_MODEL },
      /m\.json: activation/,
    ],
    ['a missing model file', ['--model', 'none.json'], {}, /cannot read none\.json/],
    [
      '--model with --layers',
      ['--model', 'm.json', '--layers', '2,3,2'],
      {},
      /--model cannot be combined/,
    ],
    ['an unknown flag', ['--rate', '0.1'], {}, /Unknown option '--rate'.*--lr/],
    ['a flag without its value', ['--lr'], {}, /--lr/],
    ['a stray argument', ['extra'], {}, /Unexpected argument 'extra'/],
    ['--lr abc', ['--lr', 'abc'], {}, /--lr: expected a positive number, found "abc"/],
    ['--lr -1', ['--lr', '-1'], {}, /--lr: expected a positive number, found "-1"/],
    ['--lr 0', ['--lr', '0'], {}, /--lr: expected a positive number/],
    ['--lr Infinity', ['--lr', 'Infinity'], {}, /--lr: expected a positive number/],
    ['--iterations 1.5', ['--iterations', '1.5'], {}, /--iterations: expected a whole number/],
    ['--iterations -3', ['--iterations', '-3'], {}, /--iterations: expected a whole number.*"-3"/],
    ['--batch 0', ['--batch', '0'], {}, /--batch: expected "full" or a whole number.*"0"/],
    ['--batch half', ['--batch', 'half'], {}, /--batch: .*"half"/],
    ['--seed 1e3', ['--seed', '1e3'], {}, /--seed: expected a whole number/],
    ['--layers with 3 inputs', ['--layers', '3,4,2'], {}, /--layers: the first size is the input/],
    ['--layers with 9 classes', ['--layers', '2,4,9'], {}, /--layers: the last size .* found 9/],
    ['--layers with a word', ['--layers', '2,four,2'], {}, /--layers: expected sizes/],
    ['--layers with an empty layer', ['--layers', '2,0,2'], {}, /--layers: hidden sizes/],
    [
      'an unknown --activation',
      ['--activation', 'swish'],
      {},
      /--activation: expected one of relu/,
    ],
    [
      'an --out that cannot be written',
      ['--iterations', '1', '--out', '/missing/m.json'],
      {},
      /cannot write \/missing\/m\.json/,
    ],
  ] as const)('%s: exits 2 with one line on stderr', (_case, args, files, message) => {
    const { code, io } = train([...args], { ...files });
    expect(code).toBe(2);
    const stderr = io.err();
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^train: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('a --lr that blows the loss up: exits 3 (as DESIGN says) with one line naming the iteration', () => {
    const { code, io } = train(['--lr', '1e300', '--iterations', '5']);
    expect(code).toBe(3);
    expect(io.err()).toMatch(/^train: the loss diverged at iteration \d+; try a smaller --lr\n$/);
    expect(io.out()).not.toMatch(/NaN|Infinity/);
  });

  it('without --data: exits 2 with one line on stderr', () => {
    const io = createMemoryIo({ 'data.csv': DATA });
    expect(runTrain(['--iterations', '5'], io)).toBe(2);
    expect(io.err()).toBe('train: --data is required: the points CSV (x,y,label) to train on\n');
  });

  it('prints nothing on stdout when the input is refused before training', () => {
    expect(train(['--lr', 'abc']).io.out()).toBe('');
    expect(train([], { 'data.csv': 'x,y,label\n1,2,3,\n' }).io.out()).toBe('');
  });
});

describe('runTrain and the app', () => {
  it('train --seed s repeats the app run with seed s, step for step', () => {
    const store = createAppStore();
    for (let i = 0; i < 40; i++) store.getState().step();
    const io = createMemoryIo({ 'data.csv': formatPointsCsv(store.getState().points) });
    const args = ['--data', 'data.csv', '--iterations', '40', '--seed', '1', '--out', 'm.json'];
    expect(runTrain(args, io)).toBe(0);
    const cli = parseModel(io.files.get('m.json') ?? '');
    const app = store.getState().trainer.network;
    expect(Array.from(cli.weights.flatMap((w) => Array.from(w)))).toEqual(
      app.weights.flatMap((w) => Array.from(w)),
    );
    const iterations = io.out().trimEnd().split('\n').slice(1);
    expect(lossOf(iterations[0])).toBe(
      createAppStore().getState().progress.cost, // the app's cost before any step
    );
  });
});
