import convnetjs, { type LayerDef, type Net, type Vol } from 'convnetjs';
import { createRng, type Network } from '../../src/engine';
import type { BenchProblem } from '../engine/benchProblem';
import type { EngineAdapter, Parameters } from '../engine/engineAdapter';
import { createConvnetAdamTrainer } from './convnetAdam';

/**
 * ConvNetJS as its own demos use it: a `Net` of fc layers with a softmax on top, and an
 * `SGDTrainer` that updates once every `batch_size` calls of `train`, one example a call (for
 * Adam, the port of its GitHub trainer's Adam in `convnetAdam.ts`). The points and the grid's cells are `Vol`s made once, so the timed loops allocate only what
 * ConvNetJS allocates itself.
 */
export const convnetEngine: EngineAdapter = {
  name: 'convnetjs',
  async create(problem) {
    const { layers, activation } = problem.net;
    const net = new convnetjs.Net();
    net.makeLayers(layerDefs(layers, activation));
    copyParameters(problem.initial, net);
    const trainer = trainerOf(net, problem);
    const inputs = problem.points.map(({ x, y }) => volOf(x, y));
    const labels = problem.points.map(({ label }) => label);
    const cell = volOf(0, 0);
    const { cells, gridInputs } = problem;
    const rng = createRng(problem.batchSeed);
    return {
      trainStep() {
        for (let p = 0; p < problem.batchSize; p++) {
          const i = rng.nextInt(inputs.length);
          trainer.train(inputs[i], labels[i]);
        }
      },
      gridPass() {
        for (let c = 0; c < cells; c++) {
          cell.w[0] = gridInputs[c];
          cell.w[1] = gridInputs[cells + c];
          net.forward(cell);
        }
      },
      meanLoss() {
        let sum = 0;
        for (let i = 0; i < inputs.length; i++)
          sum -= Math.log(net.forward(inputs[i]).w[labels[i]]);
        return sum / inputs.length;
      },
      parameters: () => parametersOf(net),
      dispose() {},
    };
  },
};

function trainerOf(net: Net, problem: BenchProblem): { train(x: Vol, label: number): unknown } {
  const { optimizer, learningRate, batchSize } = problem;
  const common = { learning_rate: learningRate, batch_size: batchSize, l1_decay: 0, l2_decay: 0 };
  switch (optimizer.kind) {
    case 'gd':
      return new convnetjs.SGDTrainer(net, { ...common, method: 'sgd', momentum: 0 });
    case 'adam': {
      const { beta1, beta2, epsilon } = optimizer;
      return createConvnetAdamTrainer(net, { ...common, beta1, beta2, eps: epsilon });
    }
    default:
      throw new Error(`The ConvNetJS peer has no ${optimizer.kind} optimizer.`);
  }
}

function layerDefs(layers: readonly number[], activation: string): LayerDef[] {
  const last = layers.length - 1;
  return [
    { type: 'input', out_sx: 1, out_sy: 1, out_depth: layers[0] },
    ...layers.slice(1, last).map((size) => ({ type: 'fc', num_neurons: size, activation })),
    { type: 'softmax', num_classes: layers[last] },
  ];
}

/** Gives the ConvNetJS net our starting parameters, so both run the same arithmetic. */
function copyParameters(from: Network, into: Net): void {
  const dense = into.layers.filter((layer) => layer.layer_type === 'fc');
  dense.forEach((layer, l) => {
    const inputSize = from.layers[l];
    layer.filters!.forEach((filter, i) => {
      filter.w.set(from.weights[l].subarray(i * inputSize, (i + 1) * inputSize));
    });
    layer.biases!.w.set(from.biases[l]);
  });
}

/** The fc layers' filters (one a neuron) are the rows of our W^l. */
function parametersOf(net: Net): Parameters {
  const dense = net.layers.filter((layer) => layer.layer_type === 'fc');
  return {
    weights: dense.map((layer) => Float64Array.from(layer.filters!.flatMap((f) => [...f.w]))),
    biases: dense.map((layer) => Float64Array.from(layer.biases!.w)),
  };
}

function volOf(x: number, y: number): Vol {
  const vol = new convnetjs.Vol(1, 1, 2, 0);
  vol.w[0] = x;
  vol.w[1] = y;
  return vol;
}
