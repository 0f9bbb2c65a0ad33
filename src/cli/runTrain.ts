import {
  classCount,
  createGradientDescent,
  createNetwork,
  createRng,
  hasFiniteParameters,
  evaluate,
  samplesFromPoints,
  stringifyModel,
} from '../engine';
import { CliError, runCommand, writeTextFile, type CliIo } from './cliIo';
import { readModelFile, readPointsFile } from './readInputs';
import { parseTrainOptions } from './trainOptions';

/** Lines of output gathered before each write. */
const LINES_PER_WRITE = 1000;

/**
 * `train`: gradient descent on a points CSV, printing `iteration,loss` and then, for each
 * iteration from 0, the mean cross-entropy over all points before that iteration's update.
 * One random stream, from --seed, draws the new weights (without --model) and then the batches.
 * Returns the exit code: 0, or 2 after one line on stderr for bad input.
 */
export function runTrain(argv: readonly string[], io: CliIo): number {
  return runCommand('train', io, () => {
    const options = parseTrainOptions(argv);
    const rng = createRng(options.seed);
    const { start } = options;
    const net =
      start.from === 'model'
        ? readModelFile(io, start.path)
        : createNetwork(start.layers, start.activation, rng);
    const samples = samplesFromPoints(readPointsFile(io, options.dataPath, classCount(net)));
    const batchSize = options.batchSize;
    const descent = createGradientDescent(
      net.layers,
      batchSize === 'full' ? samples.count : batchSize,
    );
    const step = { learningRate: options.learningRate, batchSize };

    let lines = ['iteration,loss'];
    const flush = () => {
      io.stdout(lines.join('\n') + '\n');
      lines = [];
    };
    for (let iteration = 0; iteration < options.iterations; iteration++) {
      const { loss } = evaluate(net, samples, descent.buffers);
      if (!Number.isFinite(loss)) {
        flush();
        throw new CliError(`the loss diverged at iteration ${iteration}; try a smaller --lr`);
      }
      lines.push(`${iteration},${loss}`);
      if (lines.length >= LINES_PER_WRITE) flush();
      descent.step(net, samples, step, rng);
    }
    if (lines.length > 0) flush();

    if (options.outPath !== null) {
      if (!hasFiniteParameters(net)) {
        throw new CliError(
          `the last update made a weight non-finite; ${options.outPath} not written; try a smaller --lr`,
        );
      }
      writeTextFile(io, options.outPath, stringifyModel(net));
    }
  });
}
