import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

export default defineConfig({
  testDir: 'test/e2e',
  // Two shared cores: one browser at a time keeps frame-rate checks meaningful.
  workers: 1,
  timeout: 60_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    launchOptions: { executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS },
    trace: { mode: 'retain-on-failure', screenshots: false },
    viewport: { width: 1280, height: 900 },
  },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 0 --strictPort false',
    // Vite prints the port it chose; Playwright exports the named group as APP_PORT.
    wait: { stdout: /Local:\s+http:\/\/127\.0\.0\.1:(?<app_port>\d+)/ },
    stdout: 'ignore',
    timeout: 30_000,
  },
});
