import { describe, expect, it } from 'vitest';
import { cloneNetwork, createNetwork, createRng } from '../../src/engine';
import { createTrainer } from '../../src/training';

const architecture = { layers: [2, 3, 2], activation: 'relu' as const, seed: 1 };
const host = { settings: () => ({}) as never, publish: () => {} };

describe('trainer.loadNetwork(net)', () => {
  it('copies the weights into a run at iteration 0 and moves weightsVersion on', () => {
    const trainer = createTrainer(architecture, host);
    const net = createNetwork([2, 3, 2], 'relu', createRng(42));
    const version = trainer.weightsVersion;
    expect(trainer.loadNetwork(cloneNetwork(net))).toBe(true);
    expect(trainer.network.weights).toEqual(net.weights);
    expect(trainer.network.biases).toEqual(net.biases);
    expect(trainer.iteration).toBe(0);
    expect(trainer.weightsVersion).toBe(version + 1);
  });

  it('refuses a network of another shape or activation, changing nothing', () => {
    const trainer = createTrainer(architecture, host);
    const before = cloneNetwork(trainer.network);
    expect(trainer.loadNetwork(createNetwork([2, 4, 2], 'relu', createRng(2)))).toBe(false);
    expect(trainer.loadNetwork(createNetwork([2, 3, 2], 'tanh', createRng(2)))).toBe(false);
    expect(trainer.network.weights).toEqual(before.weights);
    expect(trainer.weightsVersion).toBe(0);
  });
});
