import {
  checkOptimizerSettings,
  DEFAULT_BATCH_SIZE,
  DEFAULT_FEATURES,
  DEFAULT_LEARNING_RATE,
  defaultOptimizerSettings,
  type ActivationName,
  type BatchSize,
  type FeatureName,
  type OptimizerName,
  type OptimizerSettings,
} from '../engine';
import { CliError } from './cliIo';
import {
  parseActivation,
  parseBatchSize,
  parseFeatures,
  parseIterations,
  parseLayers,
  parseLearningRate,
  parseNumber,
  parseOptimizerName,
  parseRegularizationRate,
  parseSeed,
} from './flagValues';
import { parseFlags } from './parseFlags';

/** The flags that set a number of one optimizer, named as the field of its settings. */
const OPTIMIZER_PARAMETERS = [
  { flag: 'momentum', optimizer: 'momentum' },
  { flag: 'beta1', optimizer: 'adam' },
  { flag: 'beta2', optimizer: 'adam' },
  { flag: 'epsilon', optimizer: 'adam' },
] as const;

const TRAIN_FLAGS = [
  'data',
  'model',
  'layers',
  'activation',
  'features',
  'iterations',
  'lr',
  'batch',
  'seed',
  'out',
  'optimizer',
  ...OPTIMIZER_PARAMETERS.map((parameter) => parameter.flag),
  'l1',
  'l2',
] as const;

type TrainFlags = Partial<Record<(typeof TRAIN_FLAGS)[number], string>>;

export interface TrainOptions {
  readonly dataPath: string;
  /**
   * Where the network comes from: a model file (whose features must equal `features` when that
   * is given), or new weights drawn from the seed for a net on `features`.
   */
  readonly start:
    | {
        readonly from: 'model';
        readonly path: string;
        readonly features: readonly FeatureName[] | null;
      }
    | {
        readonly from: 'seed';
        readonly layers: number[];
        readonly activation: ActivationName;
        readonly features: readonly FeatureName[];
      };
  readonly iterations: number;
  readonly learningRate: number;
  readonly batchSize: BatchSize;
  readonly seed: number;
  readonly optimizer: OptimizerSettings;
  /** Rates of L1 and L2 regularisation of the weights; 0 for none. */
  readonly l1: number;
  readonly l2: number;
  readonly outPath: string | null;
}

/** The flags of `train`, checked; throws a CliError naming the first bad one. */
export function parseTrainOptions(argv: readonly string[]): TrainOptions {
  const flags: TrainFlags = parseFlags(argv, TRAIN_FLAGS);
  if (flags.data === undefined) {
    throw new CliError('--data is required: the points CSV (x,y,label) to train on');
  }
  if (flags.model !== undefined && (flags.layers !== undefined || flags.activation !== undefined)) {
    throw new CliError(
      '--model cannot be combined with --layers or --activation: the model sets them',
    );
  }
  const features = flags.features === undefined ? null : parseFeatures(flags.features);
  return {
    dataPath: flags.data,
    start:
      flags.model !== undefined
        ? { from: 'model', path: flags.model, features }
        : {
            from: 'seed',
            layers: parseLayers(flags.layers ?? '2,4,4,2', features ?? DEFAULT_FEATURES),
            activation: parseActivation(flags.activation ?? 'relu'),
            features: features ?? DEFAULT_FEATURES,
          },
    iterations: parseIterations(flags.iterations ?? '1000'),
    learningRate: parseLearningRate(flags.lr ?? String(DEFAULT_LEARNING_RATE)),
    batchSize: parseBatchSize(flags.batch ?? String(DEFAULT_BATCH_SIZE)),
    seed: parseSeed(flags.seed ?? '1'),
    optimizer: parseOptimizer(flags),
    l1: parseRegularizationRate('--l1', flags.l1 ?? '0'),
    l2: parseRegularizationRate('--l2', flags.l2 ?? '0'),
    outPath: flags.out ?? null,
  };
}

/**
 * The settings of --optimizer (gd by default), with the numbers given by its own flags and the
 * defaults for the rest. A flag of another optimizer is refused rather than silently ignored.
 */
function parseOptimizer(flags: TrainFlags): OptimizerSettings {
  const name: OptimizerName = parseOptimizerName(flags.optimizer ?? 'gd');
  const settings: Record<string, unknown> = { ...defaultOptimizerSettings(name) };
  for (const { flag, optimizer } of OPTIMIZER_PARAMETERS) {
    const text = flags[flag];
    if (text === undefined) continue;
    if (optimizer !== name) {
      throw new CliError(
        `--${flag} is a setting of --optimizer ${optimizer}, not of --optimizer ${name}`,
      );
    }
    settings[flag] = parseNumber(`--${flag}`, text);
  }
  try {
    checkOptimizerSettings(settings as unknown as OptimizerSettings);
  } catch (error) {
    // The message starts with the field, which is the flag's name: `beta1: expected ...`.
    if (error instanceof RangeError) throw new CliError(`--${error.message}`);
    throw error;
  }
  return settings as unknown as OptimizerSettings;
}
