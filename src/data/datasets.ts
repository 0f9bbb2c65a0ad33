import { createRng, type LabelledPoint, type Rng } from '../engine';
import { generateBlobs } from './blobs';
import { generateCircle } from './circle';
import {
  checkDatasetArguments,
  DEFAULT_DATASET_OPTIONS,
  type DatasetOptions,
} from './datasetOptions';
import { generateMoons } from './moons';
import { generateSpiral } from './spiral';
import { generateStripe } from './stripe';
import { generateWrappedCluster } from './wrappedCluster';
import { generateXor } from './xor';

export const DEFAULT_DATASET_SEED = 1;

interface DatasetEntry {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  /** Whether the points follow `count` and `noise`; the post's data sets are always its 207. */
  readonly usesCountAndNoise: boolean;
  readonly usesClassCount: boolean;
  /** Checks the seed and options and draws the points. */
  readonly generate: (seed: number, options: DatasetOptions) => LabelledPoint[];
}

/**
 * One of the post's data sets, which check the options but draw the post's points whatever they
 * say. Each mixes a salt of its own into the seed, as the generators do.
 */
function postDataset(salt: number, generate: (rng: Rng) => LabelledPoint[]) {
  return (seed: number, options: DatasetOptions): LabelledPoint[] => {
    checkDatasetArguments(seed, options);
    return generate(createRng((seed ^ salt) >>> 0));
  };
}

const POST_ENTRIES = [
  {
    name: 'seed-1',
    label: 'Data set 1',
    description: 'A cluster wrapped by a horseshoe of the other class',
    usesCountAndNoise: false,
    usesClassCount: false,
    generate: postDataset(0x5eed0001, generateWrappedCluster),
  },
  {
    name: 'seed-2',
    label: 'One more time',
    description: 'A stripe between two bands of the other class',
    usesCountAndNoise: false,
    usesClassCount: false,
    generate: postDataset(0x5eed0002, generateStripe),
  },
] as const satisfies readonly DatasetEntry[];

const GENERATED_ENTRIES = [
  {
    name: 'circle',
    label: 'Circle',
    description: 'A disc of one class inside a ring of the other',
    usesCountAndNoise: true,
    usesClassCount: false,
    generate: generateCircle,
  },
  {
    name: 'xor',
    label: 'XOR',
    description: 'Opposite quadrants share a class, by the sign of x times y',
    usesCountAndNoise: true,
    usesClassCount: false,
    generate: generateXor,
  },
  {
    name: 'blobs',
    label: 'Gaussian blobs',
    description: 'One round blob a class, spread evenly on a circle',
    usesCountAndNoise: true,
    usesClassCount: true,
    generate: generateBlobs,
  },
  {
    name: 'spiral',
    label: 'Spiral',
    description: 'One arm a class, winding out from the centre between the others',
    usesCountAndNoise: true,
    usesClassCount: true,
    generate: generateSpiral,
  },
  {
    name: 'moons',
    label: 'Moons',
    description: 'Two half circles, each reaching into the hollow of the other',
    usesCountAndNoise: true,
    usesClassCount: false,
    generate: generateMoons,
  },
] as const satisfies readonly DatasetEntry[];

const ENTRIES = [...POST_ENTRIES, ...GENERATED_ENTRIES];

/** One of the post's two data sets. */
export type DatasetName = (typeof POST_ENTRIES)[number]['name'];
/** One of the data sets drawn to order: circle, xor, blobs, spiral, moons. */
export type GeneratedDatasetName = (typeof GENERATED_ENTRIES)[number]['name'];
/** Any data set generateDataset draws: the post's and the generated ones. */
export type DatasetId = DatasetName | GeneratedDatasetName;

export interface DatasetInfo {
  readonly name: DatasetName;
  readonly label: string;
  readonly description: string;
}

/** Any data set, with what a menu needs to offer it and to show only the controls it follows. */
export interface DatasetChoice {
  readonly name: DatasetId;
  readonly label: string;
  readonly description: string;
  /** False for the post's data sets, which are always its 207 points whatever the options say. */
  readonly usesCountAndNoise: boolean;
  /** True for the data sets with K classes (blobs, spiral); the others have two. */
  readonly usesClassCount: boolean;
}

/** The post's data sets, in the order it shows them, with names for people. */
export const DATASETS: readonly DatasetInfo[] = POST_ENTRIES.map(
  ({ name, label, description }) => ({
    name,
    label,
    description,
  }),
);

/** The post's data sets' names. */
export const DATASET_NAMES: readonly DatasetName[] = POST_ENTRIES.map((entry) => entry.name);

/** Every data set, the post's first, in the order a menu offers them. */
export const DATASET_CHOICES: readonly DatasetChoice[] = ENTRIES.map(
  ({ name, label, description, usesCountAndNoise, usesClassCount }) => ({
    name,
    label,
    description,
    usesCountAndNoise,
    usesClassCount,
  }),
);

export const DATASET_IDS: readonly DatasetId[] = DATASET_CHOICES.map((choice) => choice.name);

/** One of the post's data sets (see isDatasetId for any data set). */
export function isDatasetName(name: unknown): name is DatasetName {
  return typeof name === 'string' && (DATASET_NAMES as readonly string[]).includes(name);
}

/** Any data set generateDataset draws. */
export function isDatasetId(name: unknown): name is DatasetId {
  return typeof name === 'string' && (DATASET_IDS as readonly string[]).includes(name);
}

/**
 * The points of data set `name`, inside [-DATASET_EXTENT, DATASET_EXTENT]^2, the same for the
 * same seed and options. Options left out take DEFAULT_DATASET_OPTIONS. The post's data sets are
 * always its 207 points: they check the options but do not follow them. Throws a RangeError for
 * an unknown name, a seed that is not an integer from 0 to 2^32 - 1, or options out of range
 * (with the message of validateDatasetOptions).
 */
export function generateDataset(
  name: string,
  seed = DEFAULT_DATASET_SEED,
  options: Partial<DatasetOptions> = {},
): LabelledPoint[] {
  const entry = ENTRIES.find((candidate) => candidate.name === name);
  if (entry === undefined) {
    throw new RangeError(`Unknown data set "${name}"; expected one of ${DATASET_IDS.join(', ')}.`);
  }
  return entry.generate(seed, {
    count: options.count ?? DEFAULT_DATASET_OPTIONS.count,
    noise: options.noise ?? DEFAULT_DATASET_OPTIONS.noise,
    classCount: options.classCount ?? DEFAULT_DATASET_OPTIONS.classCount,
  });
}
