import { HEATMAP_MEASURE } from '../../src/views/heatmapTiming';
import { figure, REPORT_DIGITS, summarize } from '../stats';
import type { AppCase } from './appCases';
import { THUMBNAILS_MEASURE, type TrainingRecord } from './pageScripts';
import type { CaseState } from './setUpCase';
import { longFramesPer10Seconds, windowFigures } from './windowFigures';

/** A case's figures in the report: medians over the windows with their min and max beside. */
export interface AppCaseFigures {
  readonly fps: number;
  readonly fpsMin: number;
  readonly fpsMax: number;
  readonly examplesPerSecond: number;
  readonly examplesPerSecondMin: number;
  readonly examplesPerSecondMax: number;
  /**
   * What repainting the plane's pictures costs a frame: each boundary repaint (its grid pass and
   * paint, the `backprop-lab:heatmap` measure) plus the neuron thumbnails' repaint measured in the
   * same animation frame (`backprop-lab:thumbnails`, which reuses that grid pass). The median of
   * these sums within each window, then the median over the windows. A case whose network shows
   * no thumbnails has the boundary's cost alone. Absent when the page recorded no heatmap measure;
   * `errors` then says so.
   */
  readonly heatmapMs?: number;
  readonly heatmapMsMin?: number;
  readonly heatmapMsMax?: number;
  /** The boundary's repaint alone, as `heatmapMs` was before thumbnails were added to it. */
  readonly boundaryMs?: number;
  readonly boundaryMsMin?: number;
  readonly boundaryMsMax?: number;
  /** The thumbnails' repaint alone; absent when the network view shows none. */
  readonly thumbnailsMs?: number;
  readonly thumbnailsMsMin?: number;
  readonly thumbnailsMsMax?: number;
  /** Boundary repaints a second while training (the goal: one every frame). */
  readonly boundaryRepaintsPerSecond: number;
  readonly boundaryRepaintsPerSecondMin: number;
  readonly boundaryRepaintsPerSecondMax: number;
  /**
   * Gaps of over LONG_FRAME_MS (frameCosts.ts) between consecutive animation frames, counted over all the windows
   * together and scaled to 10 s of training (0 is the goal, so it may well be 0).
   */
  readonly longFrames: number;
  /** The longest gap between two animation frames within the windows. */
  readonly longestFrameMs: number;
  /** How many repaints the heatmap figures come from. */
  readonly heatmapRepaints: number;
  readonly thumbnailRepaints: number;
  readonly layers: string;
  readonly activation: string;
  readonly optimizer: string;
  /** How many input features the network sees. */
  readonly features: number;
  readonly classes: number;
  readonly testShare: number;
  readonly points: number;
  readonly earlierRuns: number;
  /** Whether the `Inspect point` panel was open (and visible) while training. */
  readonly inspect: boolean;
  /** Neuron thumbnails the network view showed. */
  readonly thumbnails: number;
}

const round = (value: number) => Number(value.toPrecision(REPORT_DIGITS));

const optional = <Name extends string>(name: Name, values: number[]) =>
  values.length > 0 ? figure(name, summarize(values)) : {};

/**
 * The report's figures for a case from what the page recorded. Throws when the record cannot be
 * trusted (training stopped, did not advance, or the timeline did not record); a figure that is
 * only missing adds a line to `errors`.
 */
export function caseFigures(
  appCase: AppCase,
  state: CaseState,
  record: TrainingRecord,
  errors: string[],
): AppCaseFigures {
  if (!record.running) {
    throw new Error(`training stopped before the end (notice: ${record.notice ?? 'none'})`);
  }
  if (record.history.checkpoints === 0) {
    throw new Error("the timeline's parameter history kept no checkpoint while training");
  }
  const windows = windowFigures(record.snapshots, record.heatmapMeasures, record);
  if (!windows.examplesPerSecond.every((rate) => rate > 0)) {
    throw new Error('the iteration count did not advance in every window');
  }
  if (windows.heatmapMs.length === 0) {
    errors.push(
      `app.${appCase.name}.heatmapMs: the page (opened with ?profile) recorded no ` +
        `'${HEATMAP_MEASURE}' performance measure; the boundary view must wrap its grid pass ` +
        'and paint in performance.measure',
    );
  }
  if (appCase.thumbnails === true && windows.thumbnailRepaints === 0) {
    errors.push(
      `app.${appCase.name}.thumbnailsMs: the network view showed thumbnails but recorded no ` +
        `'${THUMBNAILS_MEASURE}' measure while training, so heatmapMs lacks their cost`,
    );
  }
  return {
    ...figure('fps', summarize(windows.fps)),
    ...figure('examplesPerSecond', summarize(windows.examplesPerSecond)),
    ...optional('heatmapMs', windows.heatmapMs),
    ...optional('boundaryMs', windows.boundaryMs),
    ...optional('thumbnailsMs', windows.thumbnailsMs),
    ...figure('boundaryRepaintsPerSecond', summarize(windows.boundaryRepaintsPerSecond)),
    longFrames: round(longFramesPer10Seconds(windows)),
    longestFrameMs: round(windows.longestFrameMs),
    heatmapRepaints: windows.heatmapRepaints,
    thumbnailRepaints: windows.thumbnailRepaints,
    layers: state.layers.join('-'),
    activation: state.activation,
    optimizer: state.optimizer,
    features: state.features.length,
    classes: state.classCount,
    testShare: state.testShare,
    points: state.points,
    earlierRuns: state.earlierRuns,
    inspect: state.inspectVisible,
    thumbnails: state.thumbnails,
  };
}
