import type { Samples } from './samples';

/**
 * Preallocated work space for a batch of up to `capacity` points. Layers are indexed as in the
 * post: `a[0]` is the input, `z[l]`, `a[l]`, `delta[l]` belong to layer l = 1..L (index 0 of `z`
 * and `delta` is unused). Each is neuron-major with stride `count`: the value of neuron i for point
 * p of a batch of `count` points sits at `i * count + p`, so the inner loops run over points.
 */
export interface BatchBuffers {
  readonly layers: readonly number[];
  capacity: number;
  z: Float64Array[];
  a: Float64Array[];
  delta: Float64Array[];
  labels: Uint8Array;
  /** log(sum_k exp(z^L_k)) of each point, kept by the softmax for a stable cross-entropy. */
  logSumExp: Float64Array;
  /** One value a point, for sums the softmax needs. */
  scratch: Float64Array;
  /** Mean gradients of the last backward pass: gradW[l - 1] is dC/dW^l, gradB[l - 1] is dC/db^l. */
  readonly gradW: Float64Array[];
  readonly gradB: Float64Array[];
}

export function createBatchBuffers(layers: readonly number[], capacity: number): BatchBuffers {
  const buffers: BatchBuffers = {
    layers: [...layers],
    capacity: 0,
    z: [],
    a: [],
    delta: [],
    labels: new Uint8Array(0),
    logSumExp: new Float64Array(0),
    scratch: new Float64Array(0),
    gradW: layers.slice(1).map((n, l) => new Float64Array(n * layers[l])),
    gradB: layers.slice(1).map((n) => new Float64Array(n)),
  };
  ensureCapacity(buffers, Math.max(1, capacity));
  return buffers;
}

/** Grows the buffers (to at least double) when `count` points do not fit. Mutates `buffers`. */
export function ensureCapacity(buffers: BatchBuffers, count: number): void {
  if (count <= buffers.capacity) return;
  const capacity = Math.max(count, buffers.capacity * 2);
  const perLayer = (l: number) => new Float64Array(buffers.layers[l] * capacity);
  buffers.capacity = capacity;
  buffers.a = buffers.layers.map((_, l) => perLayer(l));
  buffers.z = buffers.layers.map((_, l) => (l === 0 ? new Float64Array(0) : perLayer(l)));
  buffers.delta = buffers.layers.map((_, l) => (l === 0 ? new Float64Array(0) : perLayer(l)));
  buffers.labels = new Uint8Array(capacity);
  buffers.logSumExp = new Float64Array(capacity);
  buffers.scratch = new Float64Array(capacity);
}

/**
 * Copies the points `indices[0..count)` of `samples` (or the first `count` points when `indices`
 * is null) into the batch's input `a[0]` and `labels`. Mutates `buffers`.
 */
export function loadBatch(
  buffers: BatchBuffers,
  samples: Samples,
  indices: Uint32Array | null,
  count: number,
): void {
  ensureCapacity(buffers, count);
  const input = buffers.a[0];
  const size = samples.inputSize;
  const { inputs, labels } = samples;
  for (let p = 0; p < count; p++) {
    const source = indices === null ? p : indices[p];
    for (let d = 0; d < size; d++) input[d * count + p] = inputs[source * size + d];
    buffers.labels[p] = labels[source];
  }
}
