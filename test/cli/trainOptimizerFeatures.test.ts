import { describe, expect, it } from 'vitest';
import { runTrain } from '../../src/cli';
import { formatPointsCsv, generateDataset } from '../../src/data';
import {
  createBatchBuffers,
  createMiniBatchStep,
  createNetwork,
  createOptimizer,
  createRng,
  evaluate,
  readModelText,
  samplesFromPoints,
  stringifyModel,
  type FeatureName,
  type LabelledPoint,
  type Network,
  type OptimizerSettings,
} from '../../src/engine';
import { createMemoryIo } from './memoryIo';

const points = generateDataset('seed-1', 1);
const DATA = formatPointsCsv(points);

function train(args: string[], files: Record<string, string> = {}) {
  const io = createMemoryIo({ 'data.csv': DATA, ...files });
  const code = runTrain(['--data', 'data.csv', ...args], io);
  return { code, io, lines: io.out().trimEnd().split('\n') };
}

function lossOf(line: string): number {
  return Number(line.split(',')[1]);
}

function meanLoss(
  net: Network,
  data: readonly LabelledPoint[],
  features: readonly FeatureName[] = ['x', 'y'],
): number {
  const samples = samplesFromPoints(data, features);
  return evaluate(net, samples, createBatchBuffers(net.layers, data.length)).loss;
}

function allWeights(net: Network): number[] {
  return net.weights.flatMap((w) => Array.from(w));
}

/** What `train` should do, built from the engine directly: the same stream, step and optimizer. */
function engineRun(options: {
  layers: number[];
  features: FeatureName[];
  optimizer: OptimizerSettings;
  iterations: number;
  learningRate: number;
  l1?: number;
  l2?: number;
  seed?: number;
}): Network {
  const rng = createRng(options.seed ?? 1);
  const net = createNetwork(options.layers, 'relu', rng);
  const samples = samplesFromPoints(points, options.features);
  const miniBatch = createMiniBatchStep(net.layers, 100);
  const optimizer = createOptimizer(net.layers, options.optimizer);
  const step = {
    learningRate: options.learningRate,
    batchSize: 100,
    l1: options.l1 ?? 0,
    l2: options.l2 ?? 0,
  };
  for (let i = 0; i < options.iterations; i++) miniBatch.step(net, samples, step, rng, optimizer);
  return net;
}

const V1_MODEL = `{
  "format": "backprop-lab.model",
  "version": 1,
  "layers": [2, 3, 2],
  "activation": "relu",
  "weights": [
    [[0.12, -0.31], [0.05, 0.44], [-0.27, 0.09]],
    [[0.33, -0.18, 0.21], [-0.41, 0.02, 0.15]]
  ],
  "biases": [[0.1, -0.2, 0.05], [0.0, 0.3]]
}
`;

const V2_MODEL = stringifyModel(createNetwork([3, 4, 2], 'tanh', createRng(2)), ['x', 'y', 'x2']);

describe('runTrain(argv, io) with --optimizer', () => {
  it('--optimizer gd prints what the default prints, bit for bit', () => {
    const args = ['--iterations', '60', '--seed', '3'];
    expect(train([...args, '--optimizer', 'gd']).io.out()).toBe(train(args).io.out());
  });

  it('--optimizer momentum --momentum 0 is plain gradient descent, bit for bit', () => {
    const args = ['--iterations', '60', '--seed', '3'];
    const momentum = train([...args, '--optimizer', 'momentum', '--momentum', '0']).io.out();
    expect(momentum).toBe(train(args).io.out());
  });

  it.each([
    ['momentum', ['--lr', '0.05'], 10],
    ['adam', ['--lr', '0.01'], 10],
  ] as const)('--optimizer %s lowers the loss on the post data set', (name, extra, factor) => {
    const { code, lines } = train(['--optimizer', name, '--iterations', '1000', ...extra]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1001);
    expect(lossOf(lines[1000])).toBeLessThan(lossOf(lines[1]) / factor);
  });

  it('--momentum reaches the engine: the weights are those of its momentum optimizer', () => {
    const { io } = train([
      ...['--optimizer', 'momentum', '--momentum', '0.5', '--lr', '0.1'],
      ...['--iterations', '30', '--out', 'm.json'],
    ]);
    const expected = engineRun({
      layers: [2, 4, 4, 2],
      features: ['x', 'y'],
      optimizer: { kind: 'momentum', momentum: 0.5 },
      iterations: 30,
      learningRate: 0.1,
    });
    expect(allWeights(readModelText(io.files.get('m.json')!).network)).toEqual(
      allWeights(expected),
    );
  });

  it('--beta1, --beta2 and --epsilon reach the engine: the weights are those of its Adam', () => {
    const { io } = train([
      ...['--optimizer', 'adam', '--beta1', '0.8', '--beta2', '0.99', '--epsilon', '1e-6'],
      ...['--lr', '0.01', '--iterations', '30', '--out', 'm.json'],
    ]);
    const settings = { kind: 'adam', beta1: 0.8, beta2: 0.99, epsilon: 1e-6 } as const;
    const expected = engineRun({
      layers: [2, 4, 4, 2],
      features: ['x', 'y'],
      optimizer: settings,
      iterations: 30,
      learningRate: 0.01,
    });
    const defaults = engineRun({
      layers: [2, 4, 4, 2],
      features: ['x', 'y'],
      optimizer: { kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
      iterations: 30,
      learningRate: 0.01,
    });
    const cli = allWeights(readModelText(io.files.get('m.json')!).network);
    expect(cli).toEqual(allWeights(expected));
    expect(cli).not.toEqual(allWeights(defaults));
  });
});

describe('runTrain(argv, io) with --l1 and --l2', () => {
  it('pass the rates to the engine step: the weights are those of its penalised run', () => {
    const { io } = train([
      '--l1',
      '0.001',
      '--l2',
      '0.01',
      '--iterations',
      '30',
      '--out',
      'm.json',
    ]);
    const expected = engineRun({
      layers: [2, 4, 4, 2],
      features: ['x', 'y'],
      optimizer: { kind: 'gd' },
      iterations: 30,
      learningRate: 0.2,
      l1: 0.001,
      l2: 0.01,
    });
    expect(allWeights(readModelText(io.files.get('m.json')!).network)).toEqual(
      allWeights(expected),
    );
  });

  it('--l2 shrinks the weights, and the printed loss is the data alone, without the penalty', () => {
    const plain = train(['--iterations', '300', '--out', 'plain.json']);
    const penalised = train(['--l2', '0.1', '--iterations', '300', '--out', 'l2.json']);
    const size = (path: string, io: typeof plain.io) =>
      allWeights(readModelText(io.files.get(path)!).network).reduce((sum, w) => sum + w * w, 0);
    expect(size('l2.json', penalised.io)).toBeLessThan(size('plain.json', plain.io));
    // Before any update the weights are the same, and so is the loss: no penalty term is added.
    expect(penalised.lines[1]).toBe(plain.lines[1]);
    const trained = readModelText(penalised.io.files.get('l2.json')!).network;
    const last = train(['--model', 'l2.json', '--l2', '0.1', '--iterations', '1'], {
      'l2.json': penalised.io.files.get('l2.json')!,
    });
    expect(lossOf(last.lines[1])).toBe(meanLoss(trained, points));
  });

  it('--l1 0 --l2 0 is plain gradient descent, bit for bit', () => {
    const args = ['--iterations', '60', '--seed', '5'];
    expect(train([...args, '--l1', '0', '--l2', '0']).io.out()).toBe(train(args).io.out());
  });
});

describe('runTrain(argv, io) with --features and --activation leaky-relu', () => {
  it('trains on the features of the points and writes a version 2 model listing them', () => {
    const { code, lines, io } = train([
      ...['--features', 'x,y,x2', '--layers', '3,4,2', '--iterations', '200'],
      ...['--seed', '4', '--out', 'm.json'],
    ]);
    expect(code).toBe(0);
    const start = createNetwork([3, 4, 2], 'relu', createRng(4));
    expect(lossOf(lines[1])).toBe(meanLoss(start, points, ['x', 'y', 'x2']));
    expect(lossOf(lines[200])).toBeLessThan(lossOf(lines[1]));
    const json = JSON.parse(io.files.get('m.json')!);
    expect(json.version).toBe(2);
    expect(json.features).toEqual(['x', 'y', 'x2']);
    expect(json.layers).toEqual([3, 4, 2]);
  });

  it('round trip: train --out a version 2 model, then train --model it continues from it', () => {
    const first = train([
      ...['--features', 'x,y,x2', '--layers', '3,4,2', '--iterations', '300'],
      ...['--out', 'trained.json'],
    ]);
    const file = first.io.files.get('trained.json')!;
    const trained = readModelText(file);
    expect(trained.features).toEqual(['x', 'y', 'x2']);
    const second = train(['--model', 'trained.json', '--iterations', '5', '--out', 'again.json'], {
      'trained.json': file,
    });
    expect(second.code).toBe(0);
    expect(second.lines).toHaveLength(6);
    expect(lossOf(second.lines[1])).toBe(meanLoss(trained.network, points, ['x', 'y', 'x2']));
    expect(lossOf(second.lines[1])).toBeLessThan(lossOf(first.lines[1]));
    expect(readModelText(second.io.files.get('again.json')!).features).toEqual(['x', 'y', 'x2']);
    // A --features that agrees with the file is accepted.
    const agreeing = train(
      ['--model', 'trained.json', '--features', 'x,y,x2', '--iterations', '5'],
      {
        'trained.json': file,
      },
    );
    expect(agreeing.io.out()).toBe(second.io.out());
  });

  it('takes the features in any order and gives the inputs in the canonical one', () => {
    const args = ['--layers', '4,3,2', '--iterations', '20', '--out', 'm.json'];
    const listed = train([...args, '--features', 'sinx, xy,y,x']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.io.files.get('m.json')!).features).toEqual(['x', 'y', 'xy', 'sinx']);
    expect(listed.io.out()).toBe(train([...args, '--features', 'x,y,xy,sinx']).io.out());
  });

  it('--features x,y is the default, and --out writes it as version 1', () => {
    const args = ['--iterations', '30', '--out', 'm.json'];
    const { io } = train([...args, '--features', 'x,y']);
    expect(io.out()).toBe(train(args).io.out());
    const json = JSON.parse(io.files.get('m.json')!);
    expect(json.version).toBe(1);
    expect(json.features).toBeUndefined();
  });

  it('a version 1 model still trains, on x and y, and is written back as version 1', () => {
    const { code, lines, io } = train(
      ['--model', 'v1.json', '--iterations', '50', '--out', 'o.json'],
      {
        'v1.json': V1_MODEL,
      },
    );
    expect(code).toBe(0);
    const model = readModelText(V1_MODEL);
    expect(lossOf(lines[1])).toBe(meanLoss(model.network, points));
    expect(lossOf(lines[50])).toBeLessThan(lossOf(lines[1]));
    expect(JSON.parse(io.files.get('o.json')!).version).toBe(1);
  });

  it('--activation leaky-relu builds a leaky ReLU network that learns', () => {
    const { code, lines, io } = train([
      ...['--activation', 'leaky-relu', '--iterations', '1000', '--out', 'm.json'],
    ]);
    expect(code).toBe(0);
    expect(readModelText(io.files.get('m.json')!).network.activation).toBe('leaky-relu');
    expect(lossOf(lines[1000])).toBeLessThan(lossOf(lines[1]) / 2);
  });
});

describe('runTrain(argv, io) on bad optimizer, penalty or feature flags', () => {
  it.each([
    [
      'an unknown --optimizer',
      ['--optimizer', 'sgd'],
      {},
      /--optimizer: expected one of gd, momentum, adam, found "sgd"/,
    ],
    [
      '--momentum without an optimizer',
      ['--momentum', '0.9'],
      {},
      /^train: --momentum is a setting of --optimizer momentum, not of --optimizer gd$/,
    ],
    [
      '--momentum with adam',
      ['--optimizer', 'adam', '--momentum', '0.9'],
      {},
      /--momentum is a setting of --optimizer momentum, not of --optimizer adam/,
    ],
    [
      '--beta1 with momentum',
      ['--optimizer', 'momentum', '--beta1', '0.9'],
      {},
      /--beta1 is a setting of --optimizer adam, not of --optimizer momentum/,
    ],
    [
      '--beta2 with gd',
      ['--optimizer', 'gd', '--beta2', '0.99'],
      {},
      /--beta2 is a setting of --optimizer adam, not of --optimizer gd/,
    ],
    [
      '--epsilon with gd',
      ['--epsilon', '1e-8'],
      {},
      /--epsilon is a setting of --optimizer adam, not of --optimizer gd/,
    ],
    [
      '--momentum 1',
      ['--optimizer', 'momentum', '--momentum', '1'],
      {},
      /--momentum: expected a number from 0 up to \(not including\) 1, found 1/,
    ],
    [
      '--momentum abc',
      ['--optimizer', 'momentum', '--momentum', 'abc'],
      {},
      /--momentum: expected a number, found "abc"/,
    ],
    [
      '--beta1 -0.1',
      ['--optimizer', 'adam', '--beta1', '-0.1'],
      {},
      /--beta1: expected a number from 0 up to/,
    ],
    [
      '--beta2 1.5',
      ['--optimizer', 'adam', '--beta2', '1.5'],
      {},
      /--beta2: expected a number from 0 up to/,
    ],
    [
      '--epsilon 0',
      ['--optimizer', 'adam', '--epsilon', '0'],
      {},
      /--epsilon: expected a positive finite number, found 0/,
    ],
    [
      '--epsilon Infinity',
      ['--optimizer', 'adam', '--epsilon', 'Infinity'],
      {},
      /--epsilon: expected a number, found "Infinity"/,
    ],
    ['--l1 -1', ['--l1', '-1'], {}, /--l1: expected a number from 0 to 1, found "-1"/],
    ['--l2 2', ['--l2', '2'], {}, /--l2: expected a number from 0 to 1, found "2"/],
    ['--l2 abc', ['--l2', 'abc'], {}, /--l2: expected a number from 0 to 1, found "abc"/],
    [
      'an unknown feature',
      ['--features', 'x,z'],
      {},
      /--features: unknown feature "z", expected some of x, y, x2, y2, xy, sinx, siny/,
    ],
    [
      'a feature listed twice',
      ['--features', 'x,y,x'],
      {},
      /--features: feature "x" is listed twice/,
    ],
    ['an empty --features', ['--features', ''], {}, /--features: unknown feature ""/],
    [
      '--layers that do not fit --features',
      ['--features', 'x,y,x2', '--layers', '2,4,2'],
      {},
      /--layers: the first size is the input, which must be the number of --features, 3 \(x, y, x2\), found 2/,
    ],
    [
      '--layers that do not fit the default features',
      ['--layers', '3,4,2'],
      {},
      /--layers: .* 2 \(x, y\), found 3/,
    ],
    [
      '--features that disagree with a version 2 model',
      ['--model', 'v2.json', '--features', 'x,y,y2'],
      { 'v2.json': V2_MODEL },
      /--features x,y,y2 disagrees with v2\.json, whose features are x,y,x2/,
    ],
    [
      '--features that disagree with a version 1 model',
      ['--model', 'v1.json', '--features', 'x,y,x2'],
      { 'v1.json': V1_MODEL },
      /--features x,y,x2 disagrees with v1\.json, whose features are x,y$/m,
    ],
    [
      'a version 2 model whose features do not match layers[0]',
      ['--model', 'bad.json'],
      { 'bad.json': V2_MODEL.replace('"x2"', '"x2", "y2"') },
      /bad\.json: layers\[0\]: the input size must equal the number of features/,
    ],
    [
      'a model of a newer version',
      ['--model', 'v3.json'],
      { 'v3.json': V1_MODEL.replace('"version": 1', '"version": 3') },
      /v3\.json: version: version 3 is newer than this reader/,
    ],
  ] as const)('%s: exits 2 with one line on stderr naming it', (_case, args, files, message) => {
    const { code, io } = train([...args], { ...files });
    expect(code).toBe(2);
    const stderr = io.err();
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^train: /);
    expect(stderr.trimEnd()).toMatch(message);
    expect(io.out()).toBe('');
  });
});
