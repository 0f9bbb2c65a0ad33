import { describe, expect, it } from 'vitest';
import { backpropLabEngine } from '../../bench/engine/backpropLab';
import { BENCH_NETS, createBenchProblem } from '../../bench/engine/benchProblem';
import type { EngineTrainer, Parameters } from '../../bench/engine/engineAdapter';
import {
  checkSameWork,
  largestDifference,
  LOSS_CHECK_STEPS,
  PARAMETER_TOLERANCE,
} from '../../bench/engine/parity';
import { convnetEngine } from '../../bench/peers/convnet';

/** A trainer whose one parameter and loss move by `drift` a step more than the reference's. */
function fakeTrainer(drift: number, lossOffset = 0): EngineTrainer & { steps: number } {
  const trainer = {
    steps: 0,
    trainStep: () => void trainer.steps++,
    gridPass() {},
    meanLoss: () => 0.5 + lossOffset,
    parameters: (): Parameters => ({
      weights: [Float64Array.of(1, trainer.steps * (1 + drift))],
      biases: [Float64Array.of(0)],
    }),
    dispose() {},
  };
  return trainer;
}

describe('checkSameWork(net, engines)', () => {
  it('passes engines that reach our parameters and loss, after the stated steps', () => {
    const ours = fakeTrainer(0);
    const peer = fakeTrainer(0);
    const line = checkSameWork('tiny', [
      { name: 'backprop-lab', trainer: ours },
      { name: 'convnetjs', trainer: peer },
    ]);
    expect(line).toContain('tiny');
    expect(line).toContain('convnetjs 0');
    expect(ours.steps).toBe(LOSS_CHECK_STEPS);
    expect(peer.steps).toBe(LOSS_CHECK_STEPS);
  });

  it('throws, naming the net and the engines’ differences, when parameters drift', () => {
    const drift = (10 * PARAMETER_TOLERANCE['tfjs-cpu']) / 5;
    expect(() =>
      checkSameWork('tiny', [
        { name: 'backprop-lab', trainer: fakeTrainer(0) },
        { name: 'tfjs-cpu', trainer: fakeTrainer(drift) },
      ]),
    ).toThrow(/tiny: the engines' parameters differ from ours.*tfjs-cpu 0\.0001/);
  });

  it('throws when the parameters agree but the losses do not', () => {
    expect(() =>
      checkSameWork('tiny', [
        { name: 'backprop-lab', trainer: fakeTrainer(0) },
        { name: 'convnetjs', trainer: fakeTrainer(0, 0.01) },
      ]),
    ).toThrow(/tiny: the engines disagree after 20 steps/);
  });

  it.each(BENCH_NETS.map((net) => [net.name, net] as const))(
    'passes ConvNetJS against our engine on %s',
    async (_, net) => {
      const problem = createBenchProblem(net, 5);
      const engines = [
        { name: 'backprop-lab' as const, trainer: await backpropLabEngine.create(problem) },
        { name: 'convnetjs' as const, trainer: await convnetEngine.create(problem) },
      ];
      expect(checkSameWork(net.name, engines)).toMatch(/every engine at loss/);
    },
  );
});

describe('largestDifference(a, b)', () => {
  const of = (...values: number[]): Parameters => ({
    weights: [Float64Array.from(values)],
    biases: [],
  });

  it('is the largest absolute gap between matching numbers', () => {
    expect(largestDifference(of(1, 2, 3), of(1, 2.5, 2.9))).toBeCloseTo(0.5, 15);
  });

  it('is Infinity when a number is NaN or the shapes differ', () => {
    expect(largestDifference(of(1, 2), of(1, Number.NaN))).toBe(Infinity);
    expect(largestDifference(of(1, 2), of(1))).toBe(Infinity);
  });
});
