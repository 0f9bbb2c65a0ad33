import { describe, expect, it } from 'vitest';
import { backpropLabEngine } from '../../bench/engine/backpropLab';
import { BENCH_NETS, createBenchProblem } from '../../bench/engine/benchProblem';
import { convnetEngine } from '../../bench/peers/convnet';

// TensorFlow.js's adapter loads its gradients through the bench's runner (tsx) only; the bench
// itself checks it against ours on every run (see checkSameWork), and the smoke test runs that.

describe('convnetEngine.create(problem)', () => {
  it.each(BENCH_NETS.map((net) => [net.name, net] as const))(
    'follows the same loss as backpropLabEngine, step for step, on %s',
    async (_, net) => {
      const problem = createBenchProblem(net, 3);
      const ours = await backpropLabEngine.create(problem);
      const theirs = await convnetEngine.create(problem);
      const start = ours.meanLoss();
      expect(theirs.meanLoss()).toBeCloseTo(start, 12);
      for (let step = 1; step <= 30; step++) {
        ours.trainStep();
        theirs.trainStep();
        expect(theirs.meanLoss()).toBeCloseTo(ours.meanLoss(), 9);
      }
      expect(ours.meanLoss()).toBeLessThan(start);
    },
  );
});

describe('backpropLabEngine.create(problem)', () => {
  it('leaves the problem’s starting network untouched while training', async () => {
    const problem = createBenchProblem(BENCH_NETS[0]);
    const before = problem.initial.weights.map((w) => [...w]);
    const trainer = await backpropLabEngine.create(problem);
    for (let step = 0; step < 10; step++) trainer.trainStep();
    trainer.gridPass();
    expect(problem.initial.weights.map((w) => [...w])).toEqual(before);
  });
});
