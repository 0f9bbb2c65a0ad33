// npm run bench -- [--json] [--quick] [--only engine|history|app[,...]]
// Times our engine against ConvNetJS and TensorFlow.js in Node, measures the timeline's parameter
// history in Node, then the built app in headless Chromium. Prints a table, or with --json one
// JSON document on stdout; progress goes to stderr.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runAppBench, type AppReport } from './appBench';
import { benchSettings } from './benchSettings';
import { runEngineBench, type EngineReport } from './engineBench';
import { runHistoryBench, type HistoryReport } from './historyBench';
import { appTable, engineTable, historyTable } from './reportTables';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const PARTS = ['engine', 'history', 'app'] as const;
type Part = (typeof PARTS)[number];

interface Flags {
  readonly json: boolean;
  readonly quick: boolean;
  readonly parts: readonly Part[];
}

function parseFlags(): Flags {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  // One part or several, comma-separated: `--only engine,history`.
  const only = values.only?.split(',');
  const unknown = only?.find((part) => !PARTS.includes(part as Part));
  if (unknown !== undefined) {
    throw new Error(`--only takes parts among ${PARTS.join(', ')}, not '${unknown}'.`);
  }
  return {
    json: values.json,
    quick: values.quick,
    parts: only === undefined ? PARTS : PARTS.filter((part) => only.includes(part)),
  };
}

async function main(): Promise<number> {
  let flags: Flags;
  try {
    flags = parseFlags();
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : error}`);
    return 2;
  }
  const writeOut = process.stdout.write.bind(process.stdout);
  // Whatever a library prints must not break the JSON document.
  if (flags.json) console.log = console.error;
  const log = (line: string) => console.error(line);
  const settings = benchSettings(flags.quick);
  const errors: string[] = [];
  let engine: EngineReport | undefined;
  let app: AppReport | undefined;
  let history: HistoryReport | undefined;

  if (flags.parts.includes('engine')) {
    try {
      engine = await runEngineBench({ ...settings.engine, log });
    } catch (error) {
      errors.push(`engine: ${describe(error)}`);
    }
  }
  if (flags.parts.includes('history')) {
    try {
      history = runHistoryBench({ ...settings.history, log });
    } catch (error) {
      errors.push(`history: ${describe(error)}`);
    }
  }
  if (flags.parts.includes('app')) {
    try {
      app = await runAppBench({ ...settings.app, root: PROJECT_ROOT, log });
      errors.push(...app.errors);
    } catch (error) {
      errors.push(`app: ${describe(error)}`);
    }
  }

  if (flags.json) {
    const report = {
      settings: { ...settings, node: process.version, chromium: app?.chromium ?? null },
      ...(engine && { engine }),
      ...(history && { history }),
      ...(app && { app: app.app, bundle: app.bundle }),
      errors,
    };
    writeOut(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const sections = [
      engine && engineTable(engine, settings),
      history && historyTable(history),
      app && appTable(app, settings),
      errors.length > 0 && ['Errors:', ...errors.map((error) => `  ${error}`)].join('\n'),
    ].filter(Boolean);
    writeOut(`\n${sections.join('\n\n')}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}

/** The error's message for the report; its stack goes to stderr. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  console.error(error.stack);
  return error.message;
}

process.exitCode = await main();
