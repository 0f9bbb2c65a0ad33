import { describe, expect, it } from 'vitest';
import {
  createOptimizer,
  samplesFromPoints,
  type LabelledPoint,
  type Optimizer,
  type Samples,
} from '../../src/engine';
import { createTrainer, type RunSettings, type TrainerProgress } from '../../src/training/trainer';

const points: LabelledPoint[] = [];
for (let i = 0; i < 40; i++) {
  const x = ((i * 37) % 40) / 20 - 1 + 0.01;
  const y = ((i * 13) % 40) / 20 - 1 + 0.01;
  points.push({ x, y, label: x * y > 0 ? 1 : 0 });
}
const xor = samplesFromPoints(points);
const architecture = { layers: [2, 4, 4, 2], activation: 'relu', seed: 3 } as const;

function trainerWith(settings: Partial<RunSettings> & { samples?: Samples } = {}) {
  const run: RunSettings = {
    samples: xor,
    learningRate: 0.2,
    batchSize: 10,
    stopAfter: null,
    ...settings,
  };
  const published: TrainerProgress[] = [];
  const trainer = createTrainer(architecture, {
    settings: () => run,
    publish: (progress) => published.push(progress),
  });
  return { trainer, run, published };
}

/**
 * Plain gradient descent that also counts its steps in its state, the way Adam counts t: a
 * rollback that forgot the optimizer's state would leave the count ahead of the weights.
 */
function countingOptimizer(layers: readonly number[]): Optimizer {
  const inner = createOptimizer(layers, { kind: 'gd' });
  let steps = 0;
  return {
    settings: inner.settings,
    stateSize: 1,
    step(net, grads, learningRate) {
      steps++;
      inner.step(net, grads, learningRate);
    },
    snapshot: (into) => (into[0] = steps),
    restore: (from) => (steps = from[0]),
    reset: () => (steps = 0),
  };
}

describe('createTrainer(architecture, host)', () => {
  it('advance(steps) trains and publishes once, with the cost over every point', () => {
    const { trainer, published } = trainerWith();
    trainer.advance(7, 420);
    expect(trainer.iteration).toBe(7);
    expect(published).toHaveLength(1);
    const [progress] = published;
    expect(progress.iteration).toBe(7);
    expect(progress.stepsPerSecond).toBe(420);
    expect(progress.stopped).toBeNull();
    expect(progress.cost).toBe(trainer.session.evaluate(xor).loss);
  });

  it('stops at stopAfter, publishing a rate of 0, and a step by hand goes past it', () => {
    const { trainer, published } = trainerWith({ stopAfter: 5 });
    trainer.advance(3, 100);
    trainer.advance(3, 100);
    expect(trainer.iteration).toBe(5);
    expect(published.at(-1)).toMatchObject({ stopped: 'stop-after', stepsPerSecond: 0 });
    trainer.advance(1, 0, true);
    expect(trainer.iteration).toBe(6);
    expect(published.at(-1)?.stopped).toBeNull();
  });

  it('publishes that there are no points, and trains nothing', () => {
    const { trainer, published } = trainerWith({ samples: samplesFromPoints([]) });
    trainer.advance(5, 0);
    expect(trainer.iteration).toBe(0);
    expect(published.at(-1)?.stopped).toBe('no-points');
  });

  it('counts a new weights version exactly when the weights change', () => {
    const { trainer, run, published } = trainerWith({ stopAfter: 2 });
    const start = trainer.weightsVersion;
    trainer.advance(2, 0);
    expect(trainer.weightsVersion).toBe(start + 1);
    expect(published.at(-1)?.weightsVersion).toBe(start + 1);
    trainer.advance(2, 0); // at the stop: no step, same weights
    expect(trainer.weightsVersion).toBe(start + 1);
    trainer.measure(run);
    expect(trainer.weightsVersion).toBe(start + 1);
    trainer.restart(architecture);
    expect(trainer.weightsVersion).toBe(start + 2);
    expect(trainer.iteration).toBe(0);
  });

  it('on divergence restores the parameters and the optimizer state of the last finite step', () => {
    const optimizers: Optimizer[] = [];
    const far = samplesFromPoints(points.map((p) => ({ ...p, x: p.x * 1e6, y: p.y * 1e6 })));
    const run: RunSettings = {
      samples: xor,
      learningRate: 0.05,
      batchSize: 'full',
      stopAfter: null,
    };
    const published: TrainerProgress[] = [];
    const trainer = createTrainer(
      { layers: [2, 8, 8, 2], activation: 'linear', seed: 1 },
      {
        settings: () => run,
        publish: (progress) => published.push(progress),
        makeOptimizer: (layers) => {
          const optimizer = countingOptimizer(layers);
          optimizers.push(optimizer);
          return optimizer;
        },
      },
    );
    trainer.advance(3, 0);
    Object.assign(run, { samples: far, learningRate: 10 });
    trainer.advance(1000, 0);
    expect(published.at(-1)?.stopped).toBe('diverged');
    const state = new Float64Array(1);
    optimizers[0].snapshot(state);
    // The optimizer has taken exactly the steps whose results the weights keep.
    expect(state[0]).toBe(trainer.iteration);
    expect(trainer.history.length).toBe(trainer.iteration);
    const weights = trainer.network.weights.flatMap((w) => Array.from(w));
    expect(weights.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(published.at(-1)?.cost)).toBe(true);
  });

  it('tells a run recorder about iteration 0 and every step', () => {
    const seen: number[] = [];
    const trainer = createTrainer(architecture, {
      settings: () => ({ samples: xor, learningRate: 0.2, batchSize: 10, stopAfter: null }),
      publish: () => {},
      recorder: {
        started: (session) => seen.push(session.iteration),
        stepped: (session) => seen.push(session.iteration),
      },
    });
    trainer.advance(3, 0);
    trainer.restart(architecture);
    expect(seen).toEqual([0, 1, 2, 3, 0]);
  });
});
