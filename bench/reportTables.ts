import { DEFAULT_BATCH_SIZE } from '../src/engine';
import { GRID_SIZE } from '../src/views/decisionGrid';
import type { AppReport } from './appBench';
import type { BenchSettings } from './benchSettings';
import { ENGINE_NAMES, type EngineName } from './engine/engineAdapter';
import { POINT_COUNT } from './engine/benchProblem';
import type { EngineReport } from './engineBench';
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
        formatSpread(
          f.gridCellsPerSecond,
          f.gridCellsPerSecondMin,
          f.gridCellsPerSecondMax,
          formatCount,
        ),
        engine === OURS ? '' : formatRatio(ours.gridCellsPerSecond, f.gridCellsPerSecond),
      ];
    }),
  );
  return [
    `Engine, Node ${process.version}: batch ${DEFAULT_BATCH_SIZE} from ${POINT_COUNT} points; ` +
      `grid ${GRID_SIZE}x${GRID_SIZE} cells.`,
    `Median of ${repetitions} repetitions of ${windowMs / 1000} s each, engines taking turns.`,
    '',
    renderTable(columns, rows),
  ].join('\n');
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
  ]);
  const seconds = (windowMs * windows) / 1000;
  return [
    `App, headless Chromium ${report.chromium}, speed 'max': ${seconds} s of training a case ` +
      `after ${settleMs / 1000} s of settling,`,
    `split into ${windows} windows of ${windowMs / 1000} s; median over the windows ` +
      '(heatmap: median repaint within each window).',
    '',
    renderTable(columns, rows),
    '',
    `Bundle: ${(report.bundle.gzipBytes / 1000).toFixed(1)} kB of JavaScript gzipped ` +
      `(${report.bundle.files} ${report.bundle.files === 1 ? 'file' : 'files'}, ${report.bundle.gzipBytes} bytes).`,
  ].join('\n');
}
