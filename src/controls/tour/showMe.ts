import { DATASET_NAMES } from '../../data';
import { DEFAULT_BATCH_SIZE, DEFAULT_LEARNING_RATE, type NeuronRef } from '../../engine';
import type { AppStore } from '../../store';
import { formatNumber } from './formatNumber';
import type { TourStepId } from './tourSteps';
import { tourNeuron } from './weightedSum';

const NO_POINTS = 'There are no points on the plane: place one (or load a data set) first.';

/** The example point's index among `count` points: the one chosen, or the last one left. */
export const examplePointIndex = (chosen: number, count: number) =>
  count === 0 ? null : Math.min(Math.max(0, chosen), count - 1);

/** A neuron as people count: "neuron 1 of hidden layer 2", or of the output layer. */
export function neuronName(neuron: NeuronRef, layers: readonly number[]): string {
  const where =
    neuron.layer === layers.length - 1 ? 'the output layer' : `hidden layer ${neuron.layer}`;
  return `neuron ${neuron.index + 1} of ${where}`;
}

/**
 * Puts the app in the state that shows step `id`, for the example point `chosen` (an index of
 * `points`, from 0). Returns what it did, in words, or null when it could not (the store's notice
 * says why).
 */
export function showMe(id: TourStepId, store: AppStore, chosen: number): string | null {
  const state = store.getState();
  const layers = state.trainer.network.layers;
  const index = examplePointIndex(chosen, state.points.length);
  const needsPoint = id !== 'data';
  if (needsPoint && index === null) {
    state.showNotice(NO_POINTS);
    return null;
  }
  const point = index === null ? null : state.points[index];
  const pointName = point === null ? '' : `point ${(index ?? 0) + 1}`;
  if (index !== null && needsPoint) state.hoverPoint(index);

  switch (id) {
    case 'data': {
      state.loadDataset(DATASET_NAMES[0]);
      const { points, classCount } = store.getState();
      return `Loaded the post's first data set: ${points.length} points in ${classCount} classes.`;
    }
    case 'neuron':
    case 'relu':
    case 'layer': {
      const neuron = tourNeuron(layers);
      state.hoverNeuron(neuron);
      const name = neuronName(neuron, layers);
      if (id === 'neuron') return `Ringed ${name} in the Network view; its sum for ${pointName}:`;
      if (id === 'layer') return `The numbers of layer ${neuron.layer} for ${pointName}:`;
      return `The plane now shows the output of ${name} at every spot; for ${pointName}:`;
    }
    case 'softmax':
    case 'cost': {
      const classLabel = point?.label ?? 0;
      state.hoverNeuron({ layer: layers.length - 1, index: classLabel });
      if (id === 'softmax') {
        return `The plane shows the probability of class ${classLabel}, the class of ${pointName}:`;
      }
      const mean = formatNumber(store.getState().progress.cost);
      return `The cost of ${pointName} (class ${classLabel}); over all training points it is ${mean} on average:`;
    }
    case 'descent':
      return stepLikeThePost(store);
    case 'backprop':
      if (!state.inspecting) state.toggleInspect();
      store.getState().inspectPoint(index);
      return `The inspect panel shows ${pointName} going forward and its error coming back.`;
    case 'training':
      state.play();
      return store.getState().running
        ? 'Training: watch the cost fall and the boundary bend.'
        : null;
  }
}

/** The post's learning rate, batch size and plain gradient descent, then one step. */
function stepLikeThePost(store: AppStore): string | null {
  const state = store.getState();
  if (state.optimizer.kind !== 'gd') state.setOptimizer({ kind: 'gd' });
  state.setLearningRate(DEFAULT_LEARNING_RATE);
  state.setBatchSize(DEFAULT_BATCH_SIZE);
  const before = store.getState().progress.cost;
  state.step();
  const { progress } = store.getState();
  return (
    `Learning rate ${DEFAULT_LEARNING_RATE}, batches of ${DEFAULT_BATCH_SIZE} points, plain ` +
    `gradient descent. One step: iteration ${progress.iteration}, cost ` +
    `${formatNumber(before)} → ${formatNumber(progress.cost)}.`
  );
}
