/**
 * Softmax over the K logits of each of `count` points (neuron-major, stride `count`), computed
 * stably: each column is shifted by its maximum before exp. Writes the probabilities into `a`,
 * log(sum_k exp(z_k)) of each point into `logSumExp`, and uses `scratch` (length >= count).
 * Mutates `a`, `logSumExp` and `scratch`.
 */
export function softmax(
  z: Float64Array,
  a: Float64Array,
  logSumExp: Float64Array,
  scratch: Float64Array,
  classes: number,
  count: number,
): void {
  if (classes === 2) {
    softmaxOfTwo(z, a, logSumExp, count);
    return;
  }
  const max = logSumExp;
  for (let p = 0; p < count; p++) max[p] = z[p];
  for (let k = 1; k < classes; k++) {
    const row = k * count;
    for (let p = 0; p < count; p++) if (z[row + p] > max[p]) max[p] = z[row + p];
  }
  const sum = scratch;
  for (let p = 0; p < count; p++) sum[p] = 0;
  for (let k = 0; k < classes; k++) {
    const row = k * count;
    for (let p = 0; p < count; p++) {
      const e = Math.exp(z[row + p] - max[p]);
      a[row + p] = e;
      sum[p] += e;
    }
  }
  for (let p = 0; p < count; p++) sum[p] = 1 / sum[p];
  for (let k = 0; k < classes; k++) {
    const row = k * count;
    for (let p = 0; p < count; p++) a[row + p] *= sum[p];
  }
  for (let p = 0; p < count; p++) logSumExp[p] = max[p] - Math.log(sum[p]);
}

/**
 * Softmax of two classes with one exp and one log1p a point (the post's case), without branches:
 * which logit is larger changes from point to point, so a branch would often be mispredicted.
 */
function softmaxOfTwo(z: Float64Array, a: Float64Array, logSumExp: Float64Array, count: number) {
  for (let p = 0; p < count; p++) {
    const z0 = z[p];
    const z1 = z[count + p];
    const d = z0 - z1;
    const first = +(d >= 0); // 1 when z0 is the larger logit, else 0
    const e = Math.exp(-Math.abs(d));
    const pLarger = 1 / (1 + e);
    a[p] = pLarger * (first + (1 - first) * e);
    a[count + p] = pLarger * (1 - first + first * e);
    logSumExp[p] = first * z0 + (1 - first) * z1 + Math.log1p(e);
  }
}

/**
 * Cross-entropy -log softmax(z)_y summed over `count` points, as logSumExp - z_y: finite for
 * logits of any finite size, where -log(a_y) would give infinity once a_y underflows to 0.
 */
export function crossEntropySum(
  z: Float64Array,
  logSumExp: Float64Array,
  labels: Uint8Array,
  count: number,
): number {
  let total = 0;
  for (let p = 0; p < count; p++) total += logSumExp[p] - z[labels[p] * count + p];
  return total;
}

/**
 * The output error of softmax fused with cross-entropy, delta^L = a^L - y (y one-hot), for
 * `count` points. Mutates `delta`.
 */
export function outputError(
  a: Float64Array,
  labels: Uint8Array,
  delta: Float64Array,
  classes: number,
  count: number,
): void {
  const length = classes * count;
  for (let i = 0; i < length; i++) delta[i] = a[i];
  for (let p = 0; p < count; p++) delta[labels[p] * count + p] -= 1;
}
