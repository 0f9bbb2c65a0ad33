import { describe, expect, it } from 'vitest';
import { samplesFromPoints, type Samples } from '../../src/engine';
import { createCostMeter, EVALUATION_SHARE } from '../../src/training/costMeter';
import { createEvaluationHistory } from '../../src/training/evaluationHistory';
import { createTrainingSession, type TrainingSession } from '../../src/training/trainingSession';

const samples = samplesFromPoints([
  { x: -0.5, y: 0.2, label: 0 },
  { x: 0.4, y: -0.3, label: 1 },
  { x: 0.1, y: 0.6, label: 1 },
]);
const settings = { learningRate: 0.5, batchSize: 3 as const };

/** A session whose evaluations each take `costMs` on the fake clock, and are counted. */
function timedSession(clock: { ms: number }, costMs: number) {
  const session = createTrainingSession({ layers: [2, 3, 2], activation: 'relu', seed: 2 });
  let evaluated = 0;
  const timed: TrainingSession = Object.create(session, {
    evaluate: {
      value: (points: Samples) => {
        evaluated++;
        clock.ms += costMs / 2;
        return session.evaluate(points);
      },
    },
  });
  return { session: timed, evaluations: () => evaluated };
}

describe('createCostMeter(evaluations, now)', () => {
  it('measures every time unless paced, then at most EVALUATION_SHARE of the time', () => {
    const clock = { ms: 0 };
    const history = createEvaluationHistory();
    const meter = createCostMeter(history, () => clock.ms);
    // Training and test points: two evaluations of 3 ms each, 6 ms a measure.
    const { session, evaluations } = timedSession(clock, 6);
    const points = { samples, testSamples: samples };

    const first = meter.measure(session, points, true);
    expect(evaluations()).toBe(2);
    expect(first.cost).toBe(session.evaluate(samples).loss);
    const counted = evaluations();
    // A frame later the weights moved, but another measure would take more than its share.
    session.train(samples, settings, 5);
    clock.ms += 16;
    const paced = meter.measure(session, points, true);
    expect(paced).toBe(first);
    expect(evaluations()).toBe(counted);
    expect(history.length).toBe(1);
    // Unpaced (a step by hand, a stop): measured at once.
    const now = meter.measure(session, points, false);
    expect(evaluations()).toBe(counted + 2);
    expect(now.cost).not.toBe(first.cost);
    expect(history.length).toBe(2);
    // Once 6 ms / EVALUATION_SHARE have passed since the last measure began, paced measures again.
    clock.ms += 6 / EVALUATION_SHARE;
    meter.measure(session, points, true);
    expect(evaluations()).toBe(counted + 4);
  });

  it('measures a cheap pass every time, and a new session at once', () => {
    const clock = { ms: 0 };
    const meter = createCostMeter(createEvaluationHistory(), () => clock.ms);
    const cheap = timedSession(clock, 0.05);
    for (let frame = 0; frame < 5; frame++) {
      meter.measure(cheap.session, { samples }, true);
      clock.ms += 16;
    }
    expect(cheap.evaluations()).toBe(5);
    const costly = timedSession(clock, 50);
    meter.measure(costly.session, { samples }, true);
    const other = timedSession(clock, 50);
    meter.measure(other.session, { samples }, true);
    expect(other.evaluations()).toBe(1);
  });
});
