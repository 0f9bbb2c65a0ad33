import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_LEARNING_RATE,
  type ActivationName,
  type BatchSize,
} from '../engine';
import { CliError } from './cliIo';
import {
  parseActivation,
  parseBatchSize,
  parseIterations,
  parseLayers,
  parseLearningRate,
  parseSeed,
} from './flagValues';
import { parseFlags } from './parseFlags';

const TRAIN_FLAGS = [
  'data',
  'model',
  'layers',
  'activation',
  'iterations',
  'lr',
  'batch',
  'seed',
  'out',
] as const;

export interface TrainOptions {
  readonly dataPath: string;
  /** Where the network comes from: a model file, or new weights drawn from the seed. */
  readonly start:
    | { readonly from: 'model'; readonly path: string }
    | { readonly from: 'seed'; readonly layers: number[]; readonly activation: ActivationName };
  readonly iterations: number;
  readonly learningRate: number;
  readonly batchSize: BatchSize;
  readonly seed: number;
  readonly outPath: string | null;
}

/** The flags of `train`, checked; throws a CliError naming the first bad one. */
export function parseTrainOptions(argv: readonly string[]): TrainOptions {
  const flags = parseFlags(argv, TRAIN_FLAGS);
  if (flags.data === undefined) {
    throw new CliError('--data is required: the points CSV (x,y,label) to train on');
  }
  if (flags.model !== undefined && (flags.layers !== undefined || flags.activation !== undefined)) {
    throw new CliError(
      '--model cannot be combined with --layers or --activation: the model sets them',
    );
  }
  return {
    dataPath: flags.data,
    start:
      flags.model !== undefined
        ? { from: 'model', path: flags.model }
        : {
            from: 'seed',
            layers: parseLayers(flags.layers ?? '2,4,4,2'),
            activation: parseActivation(flags.activation ?? 'relu'),
          },
    iterations: parseIterations(flags.iterations ?? '1000'),
    learningRate: parseLearningRate(flags.lr ?? String(DEFAULT_LEARNING_RATE)),
    batchSize: parseBatchSize(flags.batch ?? String(DEFAULT_BATCH_SIZE)),
    seed: parseSeed(flags.seed ?? '1'),
    outPath: flags.out ?? null,
  };
}
