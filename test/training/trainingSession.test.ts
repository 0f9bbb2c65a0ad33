import { describe, expect, it } from 'vitest';
import { hasFiniteParameters, samplesFromPoints, type LabelledPoint } from '../../src/engine';
import { createTrainingSession } from '../../src/training/trainingSession';

const xor: LabelledPoint[] = [];
for (let i = 0; i < 40; i++) {
  const x = ((i * 37) % 40) / 20 - 1 + 0.01;
  const y = ((i * 13) % 40) / 20 - 1 + 0.01;
  xor.push({ x, y, label: x * y > 0 ? 1 : 0 });
}
const samples = samplesFromPoints(xor);

describe('createTrainingSession(architecture)', () => {
  it('counts iterations and records one cost each', () => {
    const session = createTrainingSession({ layers: [2, 4, 4, 2], activation: 'relu', seed: 3 });
    expect(session.train(samples, { learningRate: 0.2, batchSize: 10 }, 25)).toBe(true);
    expect(session.iteration).toBe(25);
    expect(session.history.length).toBe(25);
  });

  it('starts from the same weights for the same seed', () => {
    const a = createTrainingSession({ layers: [2, 3, 2], activation: 'tanh', seed: 9 });
    const b = createTrainingSession({ layers: [2, 3, 2], activation: 'tanh', seed: 9 });
    const c = createTrainingSession({ layers: [2, 3, 2], activation: 'tanh', seed: 10 });
    expect(a.network.weights).toEqual(b.network.weights);
    expect(a.network.weights).not.toEqual(c.network.weights);
  });

  it('undoes a step that would make the weights non-finite, and says so', () => {
    const session = createTrainingSession({ layers: [2, 8, 8, 2], activation: 'linear', seed: 1 });
    const far = samplesFromPoints(xor.map((p) => ({ ...p, x: p.x * 1e6, y: p.y * 1e6 })));
    const finite = session.train(far, { learningRate: 10, batchSize: 'full' }, 1000);
    expect(finite).toBe(false);
    expect(hasFiniteParameters(session.network)).toBe(true);
    expect(session.iteration).toBeLessThan(1000);
    // The undone steps leave no cost behind in the history.
    expect(session.history.length).toBe(session.iteration);
    const { loss } = session.evaluate(far);
    expect(Number.isFinite(loss)).toBe(true);
  });

  it('lowers the cost on xor-like data', () => {
    const session = createTrainingSession({ layers: [2, 8, 8, 2], activation: 'tanh', seed: 1 });
    const before = session.evaluate(samples).loss;
    session.train(samples, { learningRate: 0.3, batchSize: 'full' }, 500);
    expect(session.evaluate(samples).loss).toBeLessThan(before * 0.5);
  });
});
