import { BENCH_NETS, createBenchProblem } from './engine/benchProblem';
import type { EngineName, EngineTrainer } from './engine/engineAdapter';
import { ENGINES } from './engine/engines';
import { ratePerSecond, warmUp } from './engine/timing';
import { figure, summarize } from './stats';

export interface EngineBenchSettings {
  readonly repetitions: number;
  /** Wall time of one timed repetition. */
  readonly windowMs: number;
  /** Untimed running of every engine before its first repetition, for the JIT. */
  readonly warmUpMs: number;
  readonly log: (line: string) => void;
}

export interface EngineFigures {
  readonly examplesPerSecond: number;
  readonly examplesPerSecondMin: number;
  readonly examplesPerSecondMax: number;
  readonly gridCellsPerSecond: number;
  readonly gridCellsPerSecondMin: number;
  readonly gridCellsPerSecondMax: number;
}

/** Figures by net name, then by engine name. */
export type EngineReport = Record<string, Record<EngineName, EngineFigures>>;

/**
 * Times every engine on every net in this process. Repetitions take turns across the engines,
 * so a slow spell of a shared machine touches all of them rather than one.
 */
export async function runEngineBench(settings: EngineBenchSettings): Promise<EngineReport> {
  const report: EngineReport = {};
  for (const net of BENCH_NETS) {
    const problem = createBenchProblem(net);
    const trainers = await Promise.all(ENGINES.map((engine) => engine.create(problem)));
    try {
      checkSameWork(net.name, trainers, settings.log);
      settings.log(`engine ${net.name}: warming up`);
      for (const trainer of trainers) {
        warmUp(trainer.trainStep, settings.warmUpMs);
        warmUp(trainer.gridPass, settings.warmUpMs);
      }
      const examples = timeInTurns(trainers, settings, (t) =>
        ratePerSecond(t.trainStep, problem.batchSize, settings.windowMs),
      );
      const cells = timeInTurns(trainers, settings, (t) =>
        ratePerSecond(t.gridPass, problem.cells, settings.windowMs),
      );
      const byEngine = {} as Record<EngineName, EngineFigures>;
      ENGINES.forEach((engine, e) => {
        const figures = {
          ...figure('examplesPerSecond', summarize(examples[e])),
          ...figure('gridCellsPerSecond', summarize(cells[e])),
        };
        byEngine[engine.name] = figures;
        settings.log(
          `engine ${net.name} ${engine.name}: ${figures.examplesPerSecond} examples/s, ` +
            `${figures.gridCellsPerSecond} grid cells/s`,
        );
      });
      report[net.name] = byEngine;
    } finally {
      for (const trainer of trainers) trainer.dispose();
    }
  }
  return report;
}

/** Steps every fresh engine takes before their losses are compared. */
const CHECK_STEPS = 20;
/** TensorFlow.js computes in float32, the others in float64. */
const CHECK_TOLERANCE = 1e-4;

/**
 * Throws unless every engine, from the same parameters and the same batches, reaches the same
 * loss as ours after a few steps: the figures compare the same arithmetic, not just the same
 * shapes. Mutates the trainers.
 */
function checkSameWork(
  net: string,
  trainers: readonly EngineTrainer[],
  log: (line: string) => void,
): void {
  const losses = trainers.map((trainer) => {
    for (let s = 0; s < CHECK_STEPS; s++) trainer.trainStep();
    return trainer.meanLoss();
  });
  const differing = ENGINES.filter((_, e) => !(Math.abs(losses[e] - losses[0]) <= CHECK_TOLERANCE));
  if (differing.length > 0) {
    const found = ENGINES.map((engine, e) => `${engine.name} ${losses[e]}`).join(', ');
    throw new Error(`${net}: the engines disagree after ${CHECK_STEPS} steps (loss ${found})`);
  }
  log(`engine ${net}: every engine at loss ${losses[0].toFixed(6)} after ${CHECK_STEPS} steps`);
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** `rates[e][r]`: repetition r of engine e, the engines taking turns within each repetition. */
function timeInTurns(
  trainers: readonly EngineTrainer[],
  settings: EngineBenchSettings,
  rateOf: (trainer: EngineTrainer) => number,
): number[][] {
  const rates = trainers.map((): number[] => []);
  for (let r = 0; r < settings.repetitions; r++) {
    trainers.forEach((trainer, e) => {
      // Collect the garbage of the engine before, so that none is collected on this one's clock
      // (the bench runs with --expose-gc).
      collectGarbage();
      rates[e].push(rateOf(trainer));
    });
  }
  return rates;
}
