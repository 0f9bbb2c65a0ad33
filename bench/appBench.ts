import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { createAppCases, type AppCase, type AppCaseName } from './app/appCases';
import { buildApp } from './app/buildApp';
import { bundleSize, type BundleSize } from './app/bundleSize';
import { HEATMAP_MEASURE } from '../src/views/heatmapTiming';
import {
  measureTrainingScript,
  setUpCaseScript,
  storeReadyScript,
  type CaseState,
  type MeasureSettings,
  type TrainingRecord,
} from './app/pageScripts';
import { startPreview } from './app/previewServer';
import { windowFigures } from './app/windowFigures';
import { figure, summarize } from './stats';

export interface AppBenchSettings extends MeasureSettings {
  /** The project folder: its Vite config and sources are built. */
  readonly root: string;
  readonly log: (line: string) => void;
}

export interface AppCaseFigures {
  readonly fps: number;
  readonly fpsMin: number;
  readonly fpsMax: number;
  readonly examplesPerSecond: number;
  readonly examplesPerSecondMin: number;
  readonly examplesPerSecondMax: number;
  /** Absent when the page recorded no heatmap measure; `errors` then says so. */
  readonly heatmapMs?: number;
  readonly heatmapMsMin?: number;
  readonly heatmapMsMax?: number;
  /** How many repaints the heatmap figures come from. */
  readonly heatmapRepaints: number;
  readonly layers: string;
  readonly activation: string;
  readonly points: number;
}

export interface AppReport {
  readonly app: Partial<Record<AppCaseName, AppCaseFigures>>;
  readonly bundle: BundleSize;
  readonly chromium: string;
  readonly errors: string[];
}

/**
 * Builds the app into a scratch folder, serves it with Vite's preview server, and trains each
 * case at full speed in headless Chromium, one fresh page a case. A case that cannot be
 * measured adds a line to `errors` instead of a figure.
 */
export async function runAppBench(settings: AppBenchSettings): Promise<AppReport> {
  const executablePath = chromiumPath();
  if (executablePath === null) {
    throw new Error('No Chromium found (set CHROMIUM_PATH or install the "chromium" package).');
  }
  const outDir = mkdtempSync(join(tmpdir(), 'backprop-lab-bench-'));
  try {
    settings.log('app: building');
    await buildApp(settings.root, outDir);
    const bundle = bundleSize(outDir);
    const server = await startPreview(settings.root, outDir);
    try {
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      try {
        const app: Partial<Record<AppCaseName, AppCaseFigures>> = {};
        const errors: string[] = [];
        for (const appCase of createAppCases()) {
          settings.log(`app ${appCase.name}: training`);
          try {
            app[appCase.name] = await measureCase(browser, server.url, appCase, settings, errors);
          } catch (error) {
            errors.push(`app.${appCase.name}: ${error instanceof Error ? error.message : error}`);
          }
        }
        return { app, bundle, chromium: browser.version(), errors };
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function measureCase(
  browser: Browser,
  url: string,
  appCase: AppCase,
  settings: AppBenchSettings,
  errors: string[],
): Promise<AppCaseFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) =>
    settings.log(`app ${appCase.name}: page error: ${error.message}`),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') settings.log(`app ${appCase.name}: console: ${message.text()}`);
  });
  try {
    // `?profile` makes the boundary view record its repaints as performance measures.
    await page.goto(`${url}?profile`);
    await page.evaluate(storeReadyScript);
    const state = await page.evaluate<CaseState>(setUpCaseScript(appCase));
    checkCaseState(appCase, state);
    const record = await page.evaluate<TrainingRecord>(measureTrainingScript(settings));
    if (!record.running) {
      throw new Error(`training stopped before the end (notice: ${record.notice ?? 'none'})`);
    }
    const windows = windowFigures(record.snapshots, record.heatmapMeasures);
    if (!windows.examplesPerSecond.every((rate) => rate > 0)) {
      throw new Error('the iteration count did not advance in every window');
    }
    const heatmap =
      windows.heatmapMs.length > 0 ? figure('heatmapMs', summarize(windows.heatmapMs)) : {};
    if (windows.heatmapMs.length === 0) {
      errors.push(
        `app.${appCase.name}.heatmapMs: the page (opened with ?profile) recorded no ` +
          `'${HEATMAP_MEASURE}' performance measure; the boundary view must wrap its grid pass ` +
          'and paint in performance.measure',
      );
    }
    return {
      ...figure('fps', summarize(windows.fps)),
      ...figure('examplesPerSecond', summarize(windows.examplesPerSecond)),
      ...heatmap,
      heatmapRepaints: windows.heatmapRepaints,
      layers: state.layers.join('-'),
      activation: state.activation,
      points: state.points,
    };
  } finally {
    await page.close();
  }
}

/** Throws unless the store took the case's settings. */
function checkCaseState(appCase: AppCase, state: CaseState): void {
  const layers = [2, ...appCase.hiddenLayers, 2].join('-');
  const problems: string[] = [];
  if (state.layers.join('-') !== layers) problems.push(`layers ${state.layers.join('-')}`);
  if (state.activation !== appCase.activation) problems.push(`activation ${state.activation}`);
  if ('dataset' in appCase.data && state.dataset !== appCase.data.dataset) {
    problems.push(`dataset ${state.dataset}`);
  }
  if ('points' in appCase.data && state.points !== appCase.data.points.length) {
    problems.push(`${state.points} points`);
  }
  if (problems.length > 0) {
    throw new Error(`the store did not take the case's settings: ${problems.join(', ')}`);
  }
}
