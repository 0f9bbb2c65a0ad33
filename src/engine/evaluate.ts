import { loadBatch, type BatchBuffers } from './batchBuffers';
import { forward } from './forward';
import type { Network } from './network';
import type { Samples } from './samples';
import { crossEntropySum } from './softmaxCrossEntropy';

export interface Evaluation {
  /** Mean cross-entropy over the points; 0 when there are none. */
  readonly loss: number;
  /** Fraction of points whose most probable class is their label; 0 when there are none. */
  readonly accuracy: number;
}

/** Loss and accuracy of `net` over every point of `samples`. Mutates `buffers`. */
export function evaluate(net: Network, samples: Samples, buffers: BatchBuffers): Evaluation {
  const count = samples.count;
  if (count === 0) return { loss: 0, accuracy: 0 };
  loadBatch(buffers, samples, null, count);
  forward(net, buffers, count);
  const last = net.layers.length - 1;
  const classes = net.layers[last];
  const probabilities = buffers.a[last];
  let correct = 0;
  for (let p = 0; p < count; p++) {
    let best = 0;
    for (let k = 1; k < classes; k++) {
      if (probabilities[k * count + p] > probabilities[best * count + p]) best = k;
    }
    if (best === buffers.labels[p]) correct++;
  }
  const loss = crossEntropySum(buffers.z[last], buffers.logSumExp, buffers.labels, count) / count;
  return { loss, accuracy: correct / count };
}
