import {
  classCount,
  createMiniBatchStep,
  createNetwork,
  createOptimizer,
  createRng,
  hasFiniteParameters,
  sameFeatures,
  samplesFromPoints,
  stringifyModel,
  type Model,
  type OptimizerName,
} from '../engine';
import { createChunkedLoss } from './chunkedLoss';
import { CliError, DivergenceError, runCommand, writeTextFile, type CliIo } from './cliIo';
import { checkMemoryBudget, type RunShape } from './cliLimits';
import { checkOutputPath } from './outputPath';
import { readModelFile } from './readInputs';
import { readTrainingPoints } from './readPointsStream';
import { parseTrainOptions, type TrainOptions } from './trainOptions';

/** Lines of output gathered before each write. */
const LINES_PER_WRITE = 1000;

/** Values of optimizer state kept per parameter. */
const OPTIMIZER_SLOTS: Readonly<Record<OptimizerName, number>> = { gd: 0, momentum: 1, adam: 2 };

function refuseOverBudget(shape: RunShape): void {
  const problem = checkMemoryBudget(shape);
  if (problem !== null) throw new CliError(problem);
}

/**
 * `train`: mini-batch training on a points CSV with the chosen optimizer and weight penalty,
 * printing `iteration,loss` and then, for each iteration from 0, the mean cross-entropy over all
 * points (the data's alone, without the penalty) before that iteration's update.
 * One random stream, from --seed, draws the new weights (without --model) and then the batches.
 * Every input is checked before training: `--out` must not be a folder or an input file, and the
 * run must fit the memory budget (see `cliLimits`), computed before anything is allocated.
 * Returns the exit code: 0; 2 after one line on stderr for bad input; 3 after one line naming
 * the iteration when the loss or a weight stops being finite.
 */
export function runTrain(argv: readonly string[], io: CliIo): number {
  return runCommand('train', io, () => {
    const options = parseTrainOptions(argv);
    const { start, batchSize } = options;
    if (options.outPath !== null) {
      checkOutputPath(io, options.outPath, [
        { flag: '--data', path: options.dataPath },
        ...(start.from === 'model' ? [{ flag: '--model', path: start.path }] : []),
      ]);
    }
    const shapeOf = (layers: readonly number[], pointCount: number): RunShape => ({
      layers,
      pointCount,
      batchCapacity: batchSize === 'full' ? pointCount : batchSize,
      optimizerSlots: OPTIMIZER_SLOTS[options.optimizer.kind],
    });
    if (start.from === 'seed') refuseOverBudget(shapeOf(start.layers, 0));
    const rng = createRng(options.seed);
    const { network: net, features }: Model =
      start.from === 'model'
        ? readStartModel(io, start)
        : {
            network: createNetwork(start.layers, start.activation, rng),
            features: [...start.features],
          };
    const points = readTrainingPoints(io, options.dataPath, classCount(net));
    const shape = shapeOf(net.layers, points.length);
    refuseOverBudget(shape);
    const samples = samplesFromPoints(points, features);
    const miniBatch = createMiniBatchStep(net.layers, shape.batchCapacity);
    const fullLoss = createChunkedLoss(net.layers, samples.count);
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
      const loss = fullLoss.measure(net, samples);
      if (!Number.isFinite(loss)) {
        flush();
        throw new DivergenceError(
          `the loss diverged at iteration ${iteration}; try a smaller --lr`,
        );
      }
      lines.push(`${iteration},${loss}`);
      if (lines.length >= LINES_PER_WRITE) flush();
      miniBatch.step(net, samples, step, rng, optimizer);
    }
    if (lines.length > 0) flush();

    if (!hasFiniteParameters(net)) {
      const unwritten = options.outPath === null ? '' : `; ${options.outPath} not written`;
      throw new DivergenceError(
        `a weight diverged at iteration ${options.iterations - 1}${unwritten}; try a smaller --lr`,
      );
    }
    if (options.outPath !== null) {
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
