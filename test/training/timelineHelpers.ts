import { parameterCount, samplesFromPoints, type Network, type Samples } from '../../src/engine';
import { generateDataset } from '../../src/data';
import { createTrainer, type RunSettings, type Trainer } from '../../src/training';
import { flattenParameters } from '../../src/training/runState';

/** The post's network on the post's first data set, batch 100, as the app starts. */
export const POST_ARCHITECTURE = { layers: [2, 4, 4, 2], activation: 'relu', seed: 1 } as const;
export const postPoints = () => generateDataset('seed-1', 1);

/** A trainer whose settings a test changes between frames, as the store's controls do. */
export function timelineTrainer(samples: Samples = samplesFromPoints(postPoints())) {
  let settings: RunSettings = { samples, learningRate: 0.2, batchSize: 100, stopAfter: null };
  const trainer: Trainer = createTrainer(POST_ARCHITECTURE, {
    settings: () => settings,
    publish: () => {},
  });
  return {
    trainer,
    change(changes: Partial<RunSettings>) {
      settings = { ...settings, ...changes };
    },
  };
}

/** The exact bits of every parameter, so equality means bit for bit (0 and -0 differ). */
export function bitsOf(net: Network): bigint[] {
  const flat = new Float64Array(parameterCount(net.layers));
  flattenParameters(net, flat);
  return Array.from(new BigUint64Array(flat.buffer));
}
