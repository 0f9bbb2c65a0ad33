import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';

// The contract of the JSON report, written out here rather than imported from the bench.
const NETS = ['small-relu', 'deep-tanh', 'deep-relu'];
const ENGINES = ['backprop-lab', 'convnetjs', 'tfjs-cpu'];
const ENGINE_FIGURES = ['examplesPerSecond', 'gridCellsPerSecond'];
// Nets that differ from one above by their optimizer only: the grid pass is that net's, untimed.
const OPTIMIZER_NETS = ['small-relu-adam'];
const OPTIMIZER_FIGURES = ['examplesPerSecond'];
const APP_CASES = ['post', 'deep', 'full', 'widest'];
const APP_FIGURES = ['fps', 'examplesPerSecond', 'heatmapMs', 'boundaryRepaintsPerSecond'];
// Counts whose goal is 0: a finite number, 0 or more.
const APP_COUNTS = ['longFrames'];
// What the `full` case must have trained with: everything on.
const FULL_CASE = {
  layers: '7-16-16-16-16-16-16-16-16-2',
  activation: 'tanh',
  optimizer: 'adam',
  features: 7,
  testShare: 0.3,
  points: 1000,
  earlierRuns: 5,
  inspect: true,
};
const BUNDLE_FIGURES = ['gzipBytes', 'lazyGzipBytes'];
const HISTORY_NETS = ['post', 'largest'];
const HISTORY_FIGURES = [
  'bytesPerMillionIterations',
  'accountedBytes',
  'iterations',
  'replayMs',
  'replayMsMedian',
];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUN_TIMEOUT_MS = 240_000;

// Without a browser the app part cannot run; in CI that is a failure, elsewhere a visible skip.
const noBrowser = chromiumPath() === null && !process.env.CI;
const appTitle = noBrowser
  ? 'prints every app figure (SKIPPED: no Chromium found; set CHROMIUM_PATH or install "chromium")'
  : 'prints every app figure and the bundle size as positive numbers';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function runBench(args: string[]): Promise<Run> {
  // The bench runs as from a shell: no test-runner NODE_ENV to leak into the app's build.
  const env = { ...process.env };
  delete env.NODE_ENV;
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'bench', '--', ...args],
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024, timeout: RUN_TIMEOUT_MS },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function valueAt(report: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[key]
        : undefined,
    report,
  );
}

/** The paths among `paths` whose value in `report` is not a finite number of 0 or more. */
function notCount(report: unknown, paths: string[][]): string[] {
  return paths
    .filter((path) => {
      const value = valueAt(report, path);
      return !(typeof value === 'number' && Number.isFinite(value) && value >= 0);
    })
    .map((path) => path.join('.'));
}

/** The paths among `paths` whose value in `report` is not a positive finite number. */
function notPositive(report: unknown, paths: string[][]): string[] {
  return paths
    .filter((path) => {
      const value = valueAt(report, path);
      return !(typeof value === 'number' && Number.isFinite(value) && value > 0);
    })
    .map((path) => path.join('.'));
}

describe('npm run bench -- --json --quick', () => {
  let run: Run;
  let report: { errors?: unknown };

  beforeAll(async () => {
    if (noBrowser)
      console.warn('\n*** SKIPPING the app part of the bench: no Chromium found ***\n');
    run = await runBench(['--json', '--quick', ...(noBrowser ? ['--only', 'engine,history'] : [])]);
    try {
      report = JSON.parse(run.stdout);
    } catch {
      throw new Error(
        `stdout is not one JSON document (exit ${run.code}).\n` +
          `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`,
      );
    }
  }, RUN_TIMEOUT_MS + 10_000);

  it('exits 0 and reports no errors', () => {
    expect(report.errors, run.stderr).toEqual([]);
    expect(run.code, run.stderr).toBe(0);
  });

  it('prints every engine figure as a positive number', () => {
    const paths = NETS.flatMap((net) =>
      ENGINES.flatMap((engine) => ENGINE_FIGURES.map((name) => ['engine', net, engine, name])),
    );
    expect(notPositive(report, paths)).toEqual([]);
  });

  it('prints min and max beside each engine figure, around the median', () => {
    for (const net of NETS) {
      for (const engine of ENGINES) {
        for (const name of ENGINE_FIGURES) {
          const at = (key: string) => valueAt(report, ['engine', net, engine, key]) as number;
          expect(at(`${name}Min`)).toBeLessThanOrEqual(at(name));
          expect(at(`${name}Max`)).toBeGreaterThanOrEqual(at(name));
        }
      }
    }
  });

  it('prints the optimizer nets’ training figures as positive numbers, min and max around', () => {
    const paths = OPTIMIZER_NETS.flatMap((net) =>
      ENGINES.flatMap((engine) => OPTIMIZER_FIGURES.map((name) => ['engine', net, engine, name])),
    );
    expect(notPositive(report, paths)).toEqual([]);
    for (const [, net, engine, name] of paths) {
      const at = (key: string) => valueAt(report, ['engine', net, engine, key]) as number;
      expect(at(`${name}Min`)).toBeLessThanOrEqual(at(name));
      expect(at(`${name}Max`)).toBeGreaterThanOrEqual(at(name));
    }
  });

  it.skipIf(noBrowser)(appTitle, () => {
    const paths = [
      ...APP_CASES.flatMap((name) => APP_FIGURES.map((figure) => ['app', name, figure])),
      ...BUNDLE_FIGURES.map((figure) => ['bundle', figure]),
    ];
    expect(notPositive(report, paths)).toEqual([]);
  });

  it.skipIf(noBrowser)('prints each app case’s long frames as a count of 0 or more', () => {
    const paths = APP_CASES.flatMap((name) => APP_COUNTS.map((count) => ['app', name, count]));
    expect(notCount(report, paths)).toEqual([]);
  });

  it.skipIf(noBrowser)('trains the full case with everything on, as the page reported it', () => {
    const full = valueAt(report, ['app', 'full']) as Record<string, unknown> | undefined;
    expect(full).toMatchObject(FULL_CASE);
    expect(full?.thumbnails).toBeGreaterThan(0);
    expect(full?.thumbnailsMs).toBeGreaterThan(0);
  });

  it('prints every history figure as a positive number, with the iterations it stands for', () => {
    const paths = HISTORY_FIGURES.flatMap((figure) =>
      HISTORY_NETS.map((net) => ['history', figure, net]),
    );
    expect(notPositive(report, paths)).toEqual([]);
    // A quick run trains fewer iterations than the million the full figure is per.
    for (const net of HISTORY_NETS) {
      expect(valueAt(report, ['history', 'iterations', net])).toBeLessThan(1_000_000);
    }
  });
});
