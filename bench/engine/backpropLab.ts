import {
  cloneNetwork,
  createBatchBuffers,
  createMiniBatchStep,
  createOptimizer,
  createRng,
  evaluate,
  samplesFromPoints,
} from '../../src/engine';
import { createDecisionGrid } from '../../src/views/decisionGrid';
import type { EngineAdapter } from './engineAdapter';

/**
 * Our engine, called as the app's training session calls it: one mini-batch `step` with the
 * net's optimizer a batch, one `compute` a grid.
 */
export const backpropLabEngine: EngineAdapter = {
  name: 'backprop-lab',
  async create(problem) {
    const { layers } = problem.net;
    const net = cloneNetwork(problem.initial);
    const samples = samplesFromPoints(problem.points);
    const miniBatch = createMiniBatchStep(layers, problem.batchSize);
    const optimizer = createOptimizer(layers, problem.optimizer);
    const grid = createDecisionGrid(layers, problem.gridSize);
    const evaluation = createBatchBuffers(layers, samples.count);
    const rng = createRng(problem.batchSeed);
    const options = { learningRate: problem.learningRate, batchSize: problem.batchSize };
    return {
      trainStep: () => void miniBatch.step(net, samples, options, rng, optimizer),
      gridPass: () => grid.compute(net),
      meanLoss: () => evaluate(net, samples, evaluation).loss,
      parameters: () => cloneNetwork(net),
      dispose() {},
    };
  },
};
