import { describe, expect, it } from 'vitest';
import { describeClassHeatmap, describeNeuron } from '../../../src/views/boundary/describeNeuron';

const layers = [2, 4, 3, 2];

describe('describeNeuron(neuron, layers, activation)', () => {
  it('names a hidden neuron by its layer, its 1-based index and the activation', () => {
    const text = describeNeuron({ layer: 2, index: 1 }, layers, 'tanh');
    expect(text).toMatch(/neuron 2 of hidden layer 2 \(tanh\)/);
    expect(text).toMatch(/below 0\b/);
  });

  it('centres a sigmoid neuron at 0.5', () => {
    expect(describeNeuron({ layer: 1, index: 0 }, layers, 'sigmoid')).toMatch(/below 0\.5/);
  });

  it('describes an output neuron as the probability of its class', () => {
    expect(describeNeuron({ layer: 3, index: 1 }, layers, 'relu')).toMatch(
      /output neuron 2: the probability of class 1/,
    );
  });

  it('names the inputs x and y', () => {
    expect(describeNeuron({ layer: 0, index: 0 }, layers, 'relu')).toMatch(/input x /);
    expect(describeNeuron({ layer: 0, index: 1 }, layers, 'relu')).toMatch(/input y /);
  });

  it('names an input by the feature it carries, as people write it', () => {
    const features = ['x', 'x2', 'sinx'] as const;
    const wide = [3, 4, 2];
    expect(describeNeuron({ layer: 0, index: 1 }, wide, 'relu', features)).toMatch(/input x²/);
    expect(describeNeuron({ layer: 0, index: 2 }, wide, 'relu', features)).toMatch(/input sin πx/);
  });
});

describe('describeClassHeatmap(classCount)', () => {
  it('names the two class colours for two classes, and the class count otherwise', () => {
    expect(describeClassHeatmap(2)).toMatch(/blue for class 0, red for class 1/);
    expect(describeClassHeatmap(5)).toMatch(/5 classes/);
  });

  it('says when only the most probable class is shown', () => {
    expect(describeClassHeatmap(2, true)).toMatch(/most probable class.*discretized/);
  });
});
