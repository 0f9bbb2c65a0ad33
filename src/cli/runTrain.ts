import {
  classCount,
  createMiniBatchStep,
  createNetwork,
  createOptimizer,
  createRng,
  evaluate,
  hasFiniteParameters,
  sameFeatures,
  samplesFromPoints,
  stringifyModel,
  type Model,
} from '../engine';
import { CliError, runCommand, writeTextFile, type CliIo } from './cliIo';
import { readModelFile, readPointsFile } from './readInputs';
import { parseTrainOptions, type TrainOptions } from './trainOptions';

/** Lines of output gathered before each write. */
const LINES_PER_WRITE = 1000;

/**
 * `train`: mini-batch training on a points CSV with the chosen optimizer and weight penalty,
 * printing `iteration,loss` and then, for each iteration from 0, the mean cross-entropy over all
 * points (the data's alone, without the penalty) before that iteration's update.
 * One random stream, from --seed, draws the new weights (without --model) and then the batches.
 * Returns the exit code: 0, or 2 after one line on stderr for bad input.
 */
export function runTrain(argv: readonly string[], io: CliIo): number {
  return runCommand('train', io, () => {
    const options = parseTrainOptions(argv);
    const rng = createRng(options.seed);
    const { start } = options;
    const { network: net, features }: Model =
      start.from === 'model'
        ? readStartModel(io, start)
        : {
            network: createNetwork(start.layers, start.activation, rng),
            features: [...start.features],
          };
    const points = readPointsFile(io, options.dataPath, classCount(net));
    const samples = samplesFromPoints(points, features);
    const batchSize = options.batchSize;
    const miniBatch = createMiniBatchStep(
      net.layers,
      batchSize === 'full' ? samples.count : batchSize,
    );
    const optimizer = createOptimizer(net.layers, options.optimizer);
    const step = {
      learningRate: options.learningRate,
      batchSize,
      l1: options.l1,
      l2: options.l2,
    };

    let lines = ['iteration,loss'];
    const flush = () => {
      io.stdout(lines.join('\n') + '\n');
      lines = [];
    };
    for (let iteration = 0; iteration < options.iterations; iteration++) {
      const { loss } = evaluate(net, samples, miniBatch.buffers);
      if (!Number.isFinite(loss)) {
        flush();
        throw new CliError(`the loss diverged at iteration ${iteration}; try a smaller --lr`);
      }
      lines.push(`${iteration},${loss}`);
      if (lines.length >= LINES_PER_WRITE) flush();
      miniBatch.step(net, samples, step, rng, optimizer);
    }
    if (lines.length > 0) flush();

    if (options.outPath !== null) {
      if (!hasFiniteParameters(net)) {
        throw new CliError(
          `the last update made a weight non-finite; ${options.outPath} not written; try a smaller --lr`,
        );
      }
      writeTextFile(io, options.outPath, stringifyModel(net, features));
    }
  });
}

/** The model of --model, whose features must be those of --features when that is given. */
function readStartModel(
  io: CliIo,
  start: Extract<TrainOptions['start'], { from: 'model' }>,
): Model {
  const model = readModelFile(io, start.path);
  if (start.features !== null && !sameFeatures(start.features, model.features)) {
    throw new CliError(
      `--features ${start.features.join(',')} disagrees with ${start.path}, whose features are ${model.features.join(',')}`,
    );
  }
  return model;
}
