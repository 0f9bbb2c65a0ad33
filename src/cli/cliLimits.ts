import { parameterCount } from '../engine';

/**
 * The command line's own bounds, larger than the app's (see `data/limits`) but stated and
 * checked before anything is allocated, so that no accepted input takes the process past 1 GB.
 */

/** The largest file a command reads: beyond it, one line and exit 2. */
export const CLI_MAX_FILE_BYTES = 64 * 2 ** 20;
/** The most points `train` reads from one file. */
export const CLI_MAX_POINTS = 1_000_000;
/** What the buffers of a run (points, batch, evaluation, parameters) may take together. */
export const CLI_MEMORY_BUDGET_BYTES = 512 * 2 ** 20;
/** The full-data loss is measured this many points at a time, never all at once. */
export const EVALUATION_CHUNK_POINTS = 4096;

const FLOAT_BYTES = 8;

/**
 * The bytes of the batch work space for `capacity` points (see `engine/batchBuffers`): `a` for
 * every layer, `z` and `delta` for every layer but the input, a label, a log-sum-exp, a scratch
 * value and a batch index a point.
 */
export function batchBytes(layers: readonly number[], capacity: number): number {
  const neurons = layers.reduce((sum, n) => sum + n, 0);
  const computed = neurons - layers[0];
  return capacity * (FLOAT_BYTES * (neurons + 2 * computed + 2) + 1 + 4);
}

export interface RunShape {
  readonly layers: readonly number[];
  /** Points in the training batch: the batch size, or every point for `full`. */
  readonly batchCapacity: number;
  readonly pointCount: number;
  /** Values of optimizer state per parameter: 0 for gd, 1 for momentum, 2 for Adam. */
  readonly optimizerSlots: number;
}

/** The bytes a run allocates: the points as samples, two batch work spaces and the parameters. */
export function runBytes({ layers, batchCapacity, pointCount, optimizerSlots }: RunShape): number {
  const samples = pointCount * (layers[0] * FLOAT_BYTES + 1);
  const evaluation = batchBytes(layers, Math.min(pointCount, EVALUATION_CHUNK_POINTS));
  // The network, its gradients and the optimizer's state.
  const parameters = parameterCount(layers) * FLOAT_BYTES * (2 + optimizerSlots);
  return samples + batchBytes(layers, batchCapacity) + evaluation + parameters;
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MB`;

/** A one-line reason when the run would not fit the budget; null when it does. */
export function checkMemoryBudget(shape: RunShape): string | null {
  const bytes = runBytes(shape);
  if (bytes <= CLI_MEMORY_BUDGET_BYTES) return null;
  return (
    `a network of layers ${shape.layers.join(',')} on ${shape.pointCount} points with batches ` +
    `of ${shape.batchCapacity} needs about ${megabytes(bytes)} of buffers, more than the ` +
    `${megabytes(CLI_MEMORY_BUDGET_BYTES)} the command allows; use smaller layers, --batch or data`
  );
}
