import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';

// The contract of the JSON report, written out here rather than imported from the bench.
const NETS = ['small-relu', 'deep-tanh', 'deep-relu'];
const ENGINES = ['backprop-lab', 'convnetjs', 'tfjs-cpu'];
const ENGINE_FIGURES = ['examplesPerSecond', 'gridCellsPerSecond'];
const APP_CASES = ['post', 'deep'];
const APP_FIGURES = ['fps', 'examplesPerSecond', 'heatmapMs'];

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
    run = await runBench(['--json', '--quick', ...(noBrowser ? ['--only', 'engine'] : [])]);
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

  it.skipIf(noBrowser)(appTitle, () => {
    const paths = [
      ...APP_CASES.flatMap((name) => APP_FIGURES.map((figure) => ['app', name, figure])),
      ['bundle', 'gzipBytes'],
    ];
    expect(notPositive(report, paths)).toEqual([]);
  });
});
