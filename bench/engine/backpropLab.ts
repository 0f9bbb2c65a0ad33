import {
  cloneNetwork,
  createBatchBuffers,
  createGradientDescent,
  createRng,
  evaluate,
  samplesFromPoints,
} from '../../src/engine';
import { createDecisionGrid } from '../../src/views/decisionGrid';
import type { EngineAdapter } from './engineAdapter';

/** Our engine, called as the app calls it: one `step` a batch, one `compute` a grid. */
export const backpropLabEngine: EngineAdapter = {
  name: 'backprop-lab',
  async create(problem) {
    const { layers } = problem.net;
    const net = cloneNetwork(problem.initial);
    const samples = samplesFromPoints(problem.points);
    const descent = createGradientDescent(layers, problem.batchSize);
    const grid = createDecisionGrid(layers, problem.gridSize);
    const evaluation = createBatchBuffers(layers, samples.count);
    const rng = createRng(problem.batchSeed);
    const options = { learningRate: problem.learningRate, batchSize: problem.batchSize };
    return {
      trainStep: () => void descent.step(net, samples, options, rng),
      gridPass: () => grid.compute(net),
      meanLoss: () => evaluate(net, samples, evaluation).loss,
      dispose() {},
    };
  },
};
