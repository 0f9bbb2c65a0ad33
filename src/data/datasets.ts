import { createRng, type LabelledPoint, type Rng, isSeed, MAX_SEED } from '../engine';
import { generateStripe } from './stripe';
import { generateWrappedCluster } from './wrappedCluster';

export const DEFAULT_DATASET_SEED = 1;

interface DatasetEntry {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  /** Mixed into the seed so that data sets, and the network drawn from the same seed, differ. */
  readonly salt: number;
  readonly generate: (rng: Rng) => LabelledPoint[];
}

const ENTRIES = [
  {
    name: 'seed-1',
    label: 'Data set 1',
    description: 'A cluster wrapped by a horseshoe of the other class',
    salt: 0x5eed0001,
    generate: generateWrappedCluster,
  },
  {
    name: 'seed-2',
    label: 'One more time',
    description: 'A stripe between two bands of the other class',
    salt: 0x5eed0002,
    generate: generateStripe,
  },
] as const satisfies readonly DatasetEntry[];

export type DatasetName = (typeof ENTRIES)[number]['name'];

export interface DatasetInfo {
  readonly name: DatasetName;
  readonly label: string;
  readonly description: string;
}

/** The post's data sets, in the order it shows them, with names for people. */
export const DATASETS: readonly DatasetInfo[] = ENTRIES.map(({ name, label, description }) => ({
  name,
  label,
  description,
}));

export const DATASET_NAMES: readonly DatasetName[] = ENTRIES.map((entry) => entry.name);

export function isDatasetName(name: unknown): name is DatasetName {
  return typeof name === 'string' && (DATASET_NAMES as readonly string[]).includes(name);
}

/**
 * The 207 points of data set `name`, in the plane [-1, 1]^2, the same for the same seed.
 * Throws a RangeError for an unknown name or a seed that is not an integer from 0 to 2^32 - 1.
 */
export function generateDataset(name: string, seed = DEFAULT_DATASET_SEED): LabelledPoint[] {
  const entry = ENTRIES.find((candidate) => candidate.name === name);
  if (entry === undefined) {
    throw new RangeError(
      `Unknown data set "${name}"; expected one of ${DATASET_NAMES.join(', ')}.`,
    );
  }
  if (!isSeed(seed)) {
    throw new RangeError(`The seed must be an integer from 0 to ${MAX_SEED}, found ${seed}.`);
  }
  return entry.generate(createRng((seed ^ entry.salt) >>> 0));
}
