import { BENCH_NETS, createBenchProblem } from './engine/benchProblem';
import type { EngineName, EngineTrainer } from './engine/engineAdapter';
import { ENGINES } from './engine/engines';
import { checkSameWork } from './engine/parity';
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

/** The grid figures are absent for a net whose grid pass is another's (see `gridAsNet`). */
export interface EngineFigures {
  readonly examplesPerSecond: number;
  readonly examplesPerSecondMin: number;
  readonly examplesPerSecondMax: number;
  readonly gridCellsPerSecond?: number;
  readonly gridCellsPerSecondMin?: number;
  readonly gridCellsPerSecondMax?: number;
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
      settings.log(
        checkSameWork(
          net.name,
          ENGINES.map((engine, e) => ({ name: engine.name, trainer: trainers[e] })),
        ),
      );
      const timesGrid = net.gridAsNet === undefined;
      settings.log(`engine ${net.name}: warming up`);
      for (const trainer of trainers) {
        warmUp(trainer.trainStep, settings.warmUpMs);
        if (timesGrid) warmUp(trainer.gridPass, settings.warmUpMs);
      }
      const examples = timeInTurns(trainers, settings, (t) =>
        ratePerSecond(t.trainStep, problem.batchSize, settings.windowMs),
      );
      const cells = timesGrid
        ? timeInTurns(trainers, settings, (t) =>
            ratePerSecond(t.gridPass, problem.cells, settings.windowMs),
          )
        : undefined;
      const byEngine = {} as Record<EngineName, EngineFigures>;
      ENGINES.forEach((engine, e) => {
        const figures: EngineFigures = {
          ...figure('examplesPerSecond', summarize(examples[e])),
          ...(cells && figure('gridCellsPerSecond', summarize(cells[e]))),
        };
        byEngine[engine.name] = figures;
        settings.log(
          `engine ${net.name} ${engine.name}: ${figures.examplesPerSecond} examples/s, ` +
            `${figures.gridCellsPerSecond ?? `as ${net.gridAsNet} for`} grid cells/s`,
        );
      });
      report[net.name] = byEngine;
    } finally {
      for (const trainer of trainers) trainer.dispose();
    }
  }
  return report;
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
