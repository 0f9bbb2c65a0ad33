import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import './tfjsGradients';
import {
  createRng,
  type ActivationName,
  type Network,
  type OptimizerSettings,
} from '../../src/engine';
import type { EngineAdapter } from '../engine/engineAdapter';

/**
 * TensorFlow.js on its pure-JavaScript CPU backend, written the way its guides write a custom
 * model: variables, `tf.train.sgd(lr).minimize` (or `tf.train.adam`) of `tf.losses.softmaxCrossEntropy` on a batch
 * gathered from the points, everything inside `tidy` so nothing leaks. The grid is one predict
 * over a cells x 2 tensor. Float32, as TensorFlow.js computes.
 */
export const tfjsCpuEngine: EngineAdapter = {
  name: 'tfjs-cpu',
  async create(problem) {
    // Production mode drops debug checks and the console advice to install a native backend.
    tf.enableProdMode();
    if (!(await tf.setBackend('cpu')))
      throw new Error('The TensorFlow.js CPU backend did not load.');
    const { layers, activation } = problem.net;
    const classes = layers[layers.length - 1];
    const { weights, biases } = variablesOf(problem.initial);
    const parameters = [...weights, ...biases];
    const pointInputs = tf.tensor2d(
      problem.points.flatMap(({ x, y }) => [x, y]),
      [problem.points.length, 2],
    );
    const pointTargets = tf.tidy(() => {
      const labels = tf.tensor1d(
        problem.points.map(({ label }) => label),
        'int32',
      );
      return tf.cast(tf.oneHot(labels, classes), 'float32') as tf.Tensor2D;
    });
    const cells = tf.tensor2d(pointMajor(problem.gridInputs, problem.cells), [problem.cells, 2]);
    const optimizer = optimizerOf(problem.optimizer, problem.learningRate);
    const rng = createRng(problem.batchSeed);
    const indices = new Int32Array(problem.batchSize);
    const squash = activationOf(activation);

    const logits = (input: tf.Tensor2D): tf.Tensor2D => {
      let a = input;
      for (let l = 0; l < weights.length; l++) {
        const z = tf.add(tf.matMul(a, weights[l]), biases[l]) as tf.Tensor2D;
        a = l < weights.length - 1 ? squash(z) : z;
      }
      return a;
    };
    const meanLoss = (input: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar =>
      tf.losses.softmaxCrossEntropy(targets, logits(input)) as tf.Scalar;

    return {
      trainStep() {
        for (let p = 0; p < indices.length; p++) indices[p] = rng.nextInt(problem.points.length);
        tf.tidy(() => {
          const batch = tf.tensor1d(indices, 'int32');
          const input = tf.gather(pointInputs, batch) as tf.Tensor2D;
          const targets = tf.gather(pointTargets, batch) as tf.Tensor2D;
          optimizer.minimize(() => meanLoss(input, targets), false, parameters);
        });
      },
      gridPass() {
        const probabilities = tf.tidy(() => tf.softmax(logits(cells)));
        probabilities.dataSync();
        probabilities.dispose();
      },
      meanLoss() {
        const loss = tf.tidy(() => meanLoss(pointInputs, pointTargets));
        const value = loss.dataSync()[0];
        loss.dispose();
        return value;
      },
      parameters() {
        const rows = (v: tf.Variable) => tf.tidy(() => tf.transpose(v));
        return {
          weights: weights.map((w) => Float64Array.from(readAndDispose(rows(w)))),
          biases: biases.map((b) => Float64Array.from(b.dataSync())),
        };
      },
      dispose() {
        tf.dispose([...parameters, pointInputs, pointTargets, cells]);
        optimizer.dispose();
      },
    };
  },
};

/**
 * TensorFlow.js's Adam is ours: bias-corrected moments, epsilon added to the root of the
 * corrected second moment, no weight decay. Its epsilon defaults to 1e-7 in float32, so ours is
 * passed.
 */
function optimizerOf(settings: OptimizerSettings, learningRate: number): tf.Optimizer {
  switch (settings.kind) {
    case 'gd':
      return tf.train.sgd(learningRate);
    case 'adam':
      return tf.train.adam(learningRate, settings.beta1, settings.beta2, settings.epsilon);
    default:
      throw new Error(`The TensorFlow.js peer has no ${settings.kind} optimizer.`);
  }
}

function readAndDispose(tensor: tf.Tensor): Float32Array {
  const values = tensor.dataSync() as Float32Array;
  tensor.dispose();
  return values;
}

/** Our W^l is (n_l x n_(l-1)) row-major; TensorFlow.js multiplies a batch by (n_(l-1) x n_l). */
function variablesOf(net: Network): { weights: tf.Variable[]; biases: tf.Variable[] } {
  const weights = net.weights.map((w, l) => {
    const inputSize = net.layers[l];
    const outputSize = net.layers[l + 1];
    return tf.variable(
      tf.tidy(() => tf.transpose(tf.tensor2d(Float32Array.from(w), [outputSize, inputSize]))),
    );
  });
  const biases = net.biases.map((b) => tf.variable(tf.tensor1d(Float32Array.from(b))));
  return { weights, biases };
}

function activationOf(name: ActivationName): (z: tf.Tensor2D) => tf.Tensor2D {
  switch (name) {
    case 'relu':
      return (z) => tf.relu(z);
    case 'tanh':
      return (z) => tf.tanh(z);
    case 'sigmoid':
      return (z) => tf.sigmoid(z);
    case 'leaky-relu':
      return (z) => tf.leakyRelu(z, 0.01);
    case 'linear':
      return (z) => z;
  }
}

/** Neuron-major (x of every cell, then y of every cell) to one row a cell. */
function pointMajor(neuronMajor: Float64Array, cells: number): Float32Array {
  const rows = new Float32Array(2 * cells);
  for (let c = 0; c < cells; c++) {
    rows[2 * c] = neuronMajor[c];
    rows[2 * c + 1] = neuronMajor[cells + c];
  }
  return rows;
}
