import type { Net, Vol } from 'convnetjs';

export interface ConvnetAdamOptions {
  readonly learning_rate: number;
  readonly batch_size: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly l1_decay: number;
  readonly l2_decay: number;
}

/**
 * ConvNetJS's `Trainer` with `method: 'adam'`, as its GitHub source has it: the npm package
 * (0.3.0, the latest there) predates Adam, and there an unknown method silently runs momentum
 * SGD. Same shape as its `train`: forward and backward one example a call (timed with `Date` as
 * it does), and every `batch_size` calls one pass over `getParamsAndGrads()` that folds in the
 * decay terms, takes the mean gradient, updates the moments and zeroes the gradient, with its two
 * `Math.pow` a parameter.
 *
 * One change of arithmetic, none of cost: ConvNetJS multiplies the moments by 1 - β^k, with k
 * its count of examples, where Adam divides by 1 - β^t, with t its count of updates. This trainer
 * divides and counts updates, so it computes Adam as our engine and TensorFlow.js do and the
 * bench's parity check can compare their parameters.
 */
export function createConvnetAdamTrainer(net: Net, options: ConvnetAdamOptions) {
  const { learning_rate, batch_size, beta1, beta2, eps, l1_decay, l2_decay } = options;
  let k = 0;
  let updates = 0;
  const gsum: Float64Array[] = [];
  const xsum: Float64Array[] = [];
  // The decay losses of the last call of `train`, as ConvNetJS returns them.
  let l1_decay_loss = 0;
  let l2_decay_loss = 0;

  function update(): void {
    const pglist = net.getParamsAndGrads();
    if (gsum.length === 0) {
      for (const pg of pglist) {
        gsum.push(new Float64Array(pg.params.length));
        xsum.push(new Float64Array(pg.params.length));
      }
    }
    updates++;
    for (let i = 0; i < pglist.length; i++) {
      const { params: p, grads: g } = pglist[i];
      const l1 = l1_decay * (pglist[i].l1_decay_mul ?? 1);
      const l2 = l2_decay * (pglist[i].l2_decay_mul ?? 1);
      const gsumi = gsum[i];
      const xsumi = xsum[i];
      for (let j = 0; j < p.length; j++) {
        l2_decay_loss += (l2 * p[j] * p[j]) / 2;
        l1_decay_loss += l1 * Math.abs(p[j]);
        const l1grad = l1 * (p[j] > 0 ? 1 : -1);
        const l2grad = l2 * p[j];
        const gij = (l2grad + l1grad + g[j]) / batch_size;
        gsumi[j] = gsumi[j] * beta1 + (1 - beta1) * gij;
        xsumi[j] = xsumi[j] * beta2 + (1 - beta2) * gij * gij;
        const biasCorr1 = gsumi[j] / (1 - Math.pow(beta1, updates));
        const biasCorr2 = xsumi[j] / (1 - Math.pow(beta2, updates));
        p[j] += (-learning_rate * biasCorr1) / (Math.sqrt(biasCorr2) + eps);
        g[j] = 0;
      }
    }
  }

  return {
    train(x: Vol, y: number) {
      let start = new Date().getTime();
      net.forward(x, true);
      const fwd_time = new Date().getTime() - start;
      start = new Date().getTime();
      const cost_loss = net.backward(y);
      const bwd_time = new Date().getTime() - start;
      l1_decay_loss = 0;
      l2_decay_loss = 0;
      k++;
      if (k % batch_size === 0) update();
      return {
        fwd_time,
        bwd_time,
        l1_decay_loss,
        l2_decay_loss,
        cost_loss,
        softmax_loss: cost_loss,
        loss: cost_loss + l1_decay_loss + l2_decay_loss,
      };
    },
  };
}
