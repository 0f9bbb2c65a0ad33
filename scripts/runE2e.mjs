// Builds the app and runs the end-to-end tests in the system Chromium. Without a browser the tests
// are skipped with a visible message, except in CI, where that is a failure.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

if (chromiumPath() === null) {
  const message = 'No Chromium found (set CHROMIUM_PATH or install Debian\'s "chromium" package).';
  if (process.env.CI) {
    console.error(`End-to-end tests cannot run in CI: ${message}`);
    process.exit(1);
  }
  console.warn(`\n*** SKIPPING the end-to-end tests: ${message} ***\n`);
  process.exit(0);
}

// The tests reach the store through window.backpropLab, which only such a build exposes.
const options = { stdio: 'inherit', env: { ...process.env, VITE_EXPOSE_STORE: 'true' } };
const run = (command, args) =>
  spawnSync(command, args, { ...options, shell: process.platform === 'win32' }).status ?? 1;

const built = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (built !== 0) process.exit(built);
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
