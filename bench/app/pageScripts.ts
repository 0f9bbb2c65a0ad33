import { HEATMAP_MEASURE } from '../../src/views/heatmapTiming';
import type { AppCase } from './appCases';

// These scripts run in the page, so they are strings: functions compiled by the runner carry
// helpers that do not exist there. Each is an expression; Playwright awaits the promises.

/** What `setUpCaseScript` finds once the case is set. */
export interface CaseState {
  readonly layers: number[];
  readonly activation: string;
  readonly points: number;
  readonly dataset: string;
}

const STORE_WAIT_MS = 15_000;

/** Resolves once the app has put its store on the page; rejects if it never does. */
export const storeReadyScript = `new Promise((resolve, reject) => {
  const giveUpAt = performance.now() + ${STORE_WAIT_MS};
  const poll = () => {
    if (window.backpropLab && window.backpropLab.store) resolve(true);
    else if (performance.now() > giveUpAt) reject(new Error('window.backpropLab.store never appeared'));
    else setTimeout(poll, 20);
  };
  poll();
})`;

/**
 * Pauses, then brings the store to the case through its actions, changing only what differs
 * from the case (so the default state stays untouched when it already is the case).
 */
export function setUpCaseScript(appCase: AppCase): string {
  const target = JSON.stringify({
    hiddenLayers: appCase.hiddenLayers,
    activation: appCase.activation,
    dataset: 'dataset' in appCase.data ? appCase.data.dataset : null,
    points: 'points' in appCase.data ? appCase.data.points : null,
  });
  return `(() => {
  const target = ${target};
  const store = window.backpropLab.store;
  const get = () => store.getState();
  get().pause();
  if (target.dataset !== null && get().dataset !== target.dataset) get().loadDataset(target.dataset);
  if (target.points !== null) get().setPoints(target.points, 'custom');
  if (JSON.stringify(get().hiddenLayers) !== JSON.stringify(target.hiddenLayers)) {
    get().setHiddenLayers(target.hiddenLayers);
  }
  if (get().activation !== target.activation) get().setActivation(target.activation);
  const state = get();
  return {
    layers: [...state.trainer.session.architecture.layers],
    activation: state.activation,
    points: state.points.length,
    dataset: state.dataset,
  };
})()`;
}

export interface MeasureSettings {
  /** Training runs this long before the first window opens. */
  readonly settleMs: number;
  readonly windowMs: number;
  readonly windows: number;
}

/** The store and frame counter at the first animation frame of a window's edge. */
export interface Snapshot {
  readonly timeMs: number;
  readonly frames: number;
  readonly iteration: number;
  readonly batchSize: number;
}

export interface TrainingRecord {
  readonly snapshots: Snapshot[];
  /** [startTime, duration] of every heatmap measure the page recorded while training. */
  readonly heatmapMeasures: [number, number][];
  /** Whether training was still running at the end (it may stop itself, e.g. on NaN). */
  readonly running: boolean;
  readonly notice: string | null;
}

/**
 * Trains at full speed with no stop, counting animation frames, and snapshots the store at the
 * edges of `windows` consecutive windows; then pauses. Resolves to a `TrainingRecord`.
 */
export function measureTrainingScript(settings: MeasureSettings): string {
  return `(async () => {
  const settings = ${JSON.stringify(settings)};
  const measureName = ${JSON.stringify(HEATMAP_MEASURE)};
  const store = window.backpropLab.store;
  const get = () => store.getState();
  performance.clearMeasures(measureName);
  get().setStopAfter(null);
  get().setSpeed('max');
  get().play();
  const snapshots = await new Promise((resolve, reject) => {
    const totalMs = settings.settleMs + settings.windows * settings.windowMs;
    const watchdog = setTimeout(() => reject(new Error('animation frames stopped coming')), 2 * totalMs + 10000);
    const taken = [];
    let frames = 0;
    let edge = null;
    const tick = (timeMs) => {
      frames++;
      if (edge === null) {
        edge = timeMs + settings.settleMs;
      } else if (timeMs >= edge) {
        const state = get();
        const batchSize = state.batchSize === 'full' ? state.samples.count : state.batchSize;
        taken.push({ timeMs, frames, iteration: state.trainer.iteration, batchSize });
        edge = timeMs + settings.windowMs;
        if (taken.length > settings.windows) {
          clearTimeout(watchdog);
          return resolve(taken);
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const state = get();
  const running = state.running;
  const notice = state.notice;
  state.pause();
  const heatmapMeasures = performance
    .getEntriesByName(measureName)
    .map((entry) => [entry.startTime, entry.duration]);
  return { snapshots, heatmapMeasures, running, notice };
})()`;
}
