import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { createAppCases, type AppCase, type AppCaseName } from './app/appCases';
import { buildApp } from './app/buildApp';
import { bundleSize, type BundleSize } from './app/bundleSize';
import { caseFigures, type AppCaseFigures } from './app/caseFigures';
import { checkCaseState } from './app/checkCase';
import {
  measureTrainingScript,
  storeReadyScript,
  type MeasureSettings,
  type TrainingRecord,
} from './app/pageScripts';
import { startPreview } from './app/previewServer';
import { setUpCaseScript, type CaseState } from './app/setUpCase';

export type { AppCaseFigures };

export interface AppBenchSettings extends MeasureSettings {
  /** The project folder: its Vite config and sources are built. */
  readonly root: string;
  readonly log: (line: string) => void;
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
    // `?profile` makes the boundary and the thumbnails record their repaints as measures.
    await page.goto(`${url}?profile`);
    await page.evaluate(storeReadyScript);
    const state = await page.evaluate<CaseState>(setUpCaseScript(appCase));
    checkCaseState(appCase, state);
    const record = await page.evaluate<TrainingRecord>(measureTrainingScript(settings));
    return caseFigures(appCase, state, record, errors);
  } finally {
    await page.close();
  }
}
