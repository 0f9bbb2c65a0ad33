import { HEATMAP_MEASURE } from '../../src/views/heatmapTiming';

/**
 * The name of the measure the network view records around each repaint of its neuron thumbnails
 * (src/views/network/thumbnailTiming.ts, which the bench may not import; a test keeps the two
 * equal).
 */
export const THUMBNAILS_MEASURE = 'backprop-lab:thumbnails';

// These scripts run in the page, so they are strings: functions compiled by the runner carry
// helpers that do not exist there. Each is an expression; Playwright awaits the promises.

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
  /** The timestamp of every animation frame from the first snapshot on, in order. */
  readonly frameTimes: number[];
  /** [startTime, duration] of every heatmap measure the page recorded while training. */
  readonly heatmapMeasures: [number, number][];
  /** [startTime, duration] of every neuron-thumbnails measure recorded while training. */
  readonly thumbnailMeasures: [number, number][];
  /** The timeline's parameter history at the end: checkpoints kept and the bytes they hold. */
  readonly history: { readonly checkpoints: number; readonly bytes: number };
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
  const thumbnailsName = ${JSON.stringify(THUMBNAILS_MEASURE)};
  const store = window.backpropLab.store;
  const get = () => store.getState();
  performance.clearMeasures(measureName);
  performance.clearMeasures(thumbnailsName);
  const frameTimes = [];
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
      if (taken.length > 0) frameTimes.push(timeMs);
      if (edge === null) {
        edge = timeMs + settings.settleMs;
      } else if (timeMs >= edge) {
        const state = get();
        const batchSize = state.batchSize === 'full' ? state.samples.count : state.batchSize;
        if (taken.length === 0) frameTimes.push(timeMs);
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
  const spans = (name) =>
    performance.getEntriesByName(name).map((entry) => [entry.startTime, entry.duration]);
  const { checkpoints, bytes } = state.trainer.parameterHistory;
  return {
    snapshots,
    frameTimes,
    heatmapMeasures: spans(measureName),
    thumbnailMeasures: spans(thumbnailsName),
    history: { checkpoints: checkpoints.count, bytes },
    running,
    notice,
  };
})()`;
}
