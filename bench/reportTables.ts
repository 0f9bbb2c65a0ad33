import { DEFAULT_BATCH_SIZE } from '../src/engine';
import { GRID_SIZE } from '../src/views/decisionGrid';
import type { AppCaseFigures, AppReport } from './appBench';
import { LONG_FRAME_MS } from './app/frameCosts';
import type { BundleSize } from './app/bundleSize';
import type { BenchSettings } from './benchSettings';
import { ENGINE_NAMES, type EngineName } from './engine/engineAdapter';
import { BENCH_NETS, POINT_COUNT } from './engine/benchProblem';
import type { EngineFigures, EngineReport } from './engineBench';
import type { HistoryReport } from './historyBench';
import { HISTORY_NETS } from './history/historyNets';
import {
  formatCount,
  formatFps,
  formatMs,
  formatRatio,
  formatSpread,
  renderTable,
  type Column,
} from './table';

const OURS: EngineName = 'backprop-lab';

/** One row a net and engine: examples and grid cells per second, and how many times ours is. */
export function engineTable(report: EngineReport, settings: BenchSettings): string {
  const { repetitions, windowMs } = settings.engine;
  const columns: Column[] = [
    { title: 'net', align: 'left' },
    { title: 'engine', align: 'left' },
    { title: 'examples/s (min-max)', align: 'right' },
    { title: 'ours is', align: 'right' },
    { title: 'grid cells/s (min-max)', align: 'right' },
    { title: 'ours is', align: 'right' },
  ];
  const rows = Object.entries(report).flatMap(([net, byEngine]) =>
    ENGINE_NAMES.map((engine, e) => {
      const f = byEngine[engine];
      const ours = byEngine[OURS];
      return [
        e === 0 ? net : '',
        engine,
        formatSpread(
          f.examplesPerSecond,
          f.examplesPerSecondMin,
          f.examplesPerSecondMax,
          formatCount,
        ),
        engine === OURS ? '' : formatRatio(ours.examplesPerSecond, f.examplesPerSecond),
        ...gridCells(net, f, engine === OURS ? undefined : ours),
      ];
    }),
  );
  return [
    `Engine, Node ${process.version}: batch ${DEFAULT_BATCH_SIZE} from ${POINT_COUNT} points; ` +
      `grid ${GRID_SIZE}x${GRID_SIZE} cells.`,
    `Median of ${repetitions} repetitions of ${windowMs / 1000} s each, engines taking turns.`,
    ...optimizerNotes(),
    '',
    renderTable(columns, rows),
  ].join('\n');
}

/** The grid columns of one row: a net whose grid pass is another's points to it instead. */
function gridCells(net: string, f: EngineFigures, ours?: EngineFigures): string[] {
  if (f.gridCellsPerSecond === undefined) {
    const same = BENCH_NETS.find((spec) => spec.name === net)?.gridAsNet;
    return [same === undefined ? 'not timed' : `as ${same}`, ''];
  }
  return [
    formatSpread(
      f.gridCellsPerSecond,
      f.gridCellsPerSecondMin!,
      f.gridCellsPerSecondMax!,
      formatCount,
    ),
    ours?.gridCellsPerSecond === undefined
      ? ''
      : formatRatio(ours.gridCellsPerSecond, f.gridCellsPerSecond),
  ];
}

/** A line for each net trained with Adam: its settings, and what ConvNetJS's Adam is. */
function optimizerNotes(): string[] {
  return BENCH_NETS.flatMap(({ name, optimizer, learningRate }) =>
    optimizer.kind === 'adam'
      ? [
          `${name}: Adam, rate ${learningRate}, beta1 ${optimizer.beta1}, beta2 ${optimizer.beta2}, ` +
            `epsilon ${optimizer.epsilon}; ConvNetJS's: its GitHub trainer's Adam (npm 0.3.0 ` +
            "has none) with Adam's bias correction, bench/peers/convnetAdam.ts.",
        ]
      : [],
  );
}

/** A case's settings beyond its net, as a sentence's worth of phrases. */
function describeCase(f: AppCaseFigures): string {
  return [
    f.optimizer,
    `${f.features} ${f.features === 1 ? 'input' : 'inputs'}`,
    `${f.classes} classes`,
    `${Math.round(f.testShare * 100)}% held out`,
    `${f.earlierRuns} earlier runs`,
    f.inspect ? 'inspect panel open' : 'no inspect panel',
    `${f.thumbnails} thumbnails` +
      (f.thumbnailsMs === undefined ? '' : ` (${formatMs(f.thumbnailsMs)} ms alone)`),
    f.boundaryMs === undefined ? '' : `boundary alone ${formatMs(f.boundaryMs)} ms`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** One row a case, then the bundle size. */
export function appTable(report: AppReport, settings: BenchSettings): string {
  const { settleMs, windowMs, windows } = settings.app;
  const columns: Column[] = [
    { title: 'case', align: 'left' },
    { title: 'net', align: 'left' },
    { title: 'points', align: 'right' },
    { title: 'fps (min-max)', align: 'right' },
    { title: 'examples/s (min-max)', align: 'right' },
    { title: 'heatmap ms (min-max)', align: 'right' },
    { title: 'repaints/s (min-max)', align: 'right' },
    { title: 'long frames /10 s', align: 'right' },
  ];
  const rows = Object.entries(report.app).map(([name, f]) => [
    name,
    `${f.layers} ${f.activation}`,
    String(f.points),
    formatSpread(f.fps, f.fpsMin, f.fpsMax, formatFps),
    formatSpread(f.examplesPerSecond, f.examplesPerSecondMin, f.examplesPerSecondMax, formatCount),
    f.heatmapMs === undefined
      ? 'none recorded'
      : formatSpread(f.heatmapMs, f.heatmapMsMin!, f.heatmapMsMax!, formatMs),
    formatSpread(
      f.boundaryRepaintsPerSecond,
      f.boundaryRepaintsPerSecondMin,
      f.boundaryRepaintsPerSecondMax,
      formatFps,
    ),
    `${formatFps(f.longFrames)} (longest ${f.longestFrameMs.toFixed(0)} ms)`,
  ]);
  const seconds = (windowMs * windows) / 1000;
  return [
    `App, headless Chromium ${report.chromium}, speed 'max': ${seconds} s of training a case ` +
      `after ${settleMs / 1000} s of settling,`,
    `split into ${windows} windows of ${windowMs / 1000} s; median over the windows ` +
      '(heatmap: median repaint within each window).',
    `Heatmap: the boundary's repaint plus the neuron thumbnails' of the same frame; long frames: ` +
      `gaps over ${LONG_FRAME_MS} ms between animation frames.`,
    '',
    renderTable(columns, rows),
    '',
    ...Object.entries(report.app).map(([name, f]) => `${name}: ${describeCase(f)}.`),
    '',
    ...bundleLines(report.bundle),
  ].join('\n');
}

/** The JavaScript before first paint, on demand, and in the service worker, gzipped. */
function bundleLines({ gzipBytes, lazyGzipBytes, serviceWorkerGzipBytes, files }: BundleSize) {
  const part = (bytes: number, names: readonly string[]) =>
    `${(bytes / 1000).toFixed(1)} kB (${names.length} ${names.length === 1 ? 'file' : 'files'})`;
  return [
    `Bundle, JavaScript gzipped file by file: ${part(gzipBytes, files.initial)} before first ` +
      `paint, ${part(lazyGzipBytes, files.lazy)} on demand;`,
    `the service worker, in neither: ${part(serviceWorkerGzipBytes, files.serviceWorker)}.`,
  ];
}

/** One row a net: what its timeline history holds and how long a replay takes. */
export function historyTable(report: HistoryReport): string {
  const columns: Column[] = [
    { title: 'net', align: 'left' },
    { title: 'iterations', align: 'right' },
    { title: 'batch', align: 'right' },
    { title: 'MB held', align: 'right' },
    { title: 'MB counted', align: 'right' },
    { title: 'checkpoints', align: 'right' },
    { title: 'stride', align: 'right' },
    { title: 'replay ms (median, worst)', align: 'right' },
    { title: 'worst at batch 100', align: 'right' },
  ];
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
  const rows = HISTORY_NETS.map((net) => [
    net,
    formatCount(report.iterations[net]),
    String(report.batchSize[net]),
    megabytes(report.bytesPerMillionIterations[net]),
    megabytes(report.accountedBytes[net]),
    String(report.checkpoints[net]),
    String(report.stride[net]),
    `${formatMs(report.replayMsMedian[net])}, ${formatMs(report.replayMs[net])}`,
    formatMs(report.replayMsAtAppBatch[net]),
  ]);
  return [
    "Timeline history, Node: each net trained by the app's trainer; MB held is heap plus array",
    'buffers freed by dropping the history (after a full collection), MB counted its own account.',
    'Replay: networkAt to random iterations of the finished run; then the longest replay',
    '(stride - 1 steps) at the batch of 100 the app trains with.',
    '',
    renderTable(columns, rows),
  ].join('\n');
}
