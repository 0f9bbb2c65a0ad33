import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { appUrl } from './appUrl';
import { storeIteration, storePoints } from './storeAccess';

/** The worker script `vite preview` serves (the e2e run builds dist/ first). */
const workerScript = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));

const updateNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'New version available' });

/** A first visit: the worker installs (precaching the build), then a reload puts the page under it. */
async function visitUntilControlled(page: Page) {
  await openApp(page);
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await page.reload();
  await expect
    .poll(() => page.evaluate<boolean>('navigator.serviceWorker.controller !== null'))
    .toBe(true);
}

/** KaTeX font faces the page asked for, by status (`loaded`, `error`, ...). */
const katexFontStatuses = (page: Page) =>
  page.evaluate<string[]>(`document.fonts.ready.then(() =>
    [...document.fonts].filter((face) => face.family.includes('KaTeX') && face.status !== 'unloaded')
      .map((face) => face.status))`);

test('after a first visit the app opens, trains and typesets with the network cut', async ({
  page,
  context,
}) => {
  await visitUntilControlled(page);
  // A first install is not an update: no notice.
  await expect(updateNotice(page)).toHaveCount(0);

  await context.setOffline(true);
  // The network really is gone for anything the worker does not serve.
  expect(
    await page.evaluate<string>(
      `fetch('./not-in-the-build.txt').then(() => 'reached', () => 'offline')`,
    ),
  ).toBe('offline');
  await page.reload();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('0');
  expect((await storePoints(page)).length).toBeGreaterThan(0);

  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => storeIteration(page), { timeout: 20_000 }).toBeGreaterThan(100);
  const cost = Number(await page.getByRole('status', { name: 'Cost', exact: true }).textContent());
  expect(Number.isFinite(cost)).toBe(true);
  await page.getByRole('button', { name: 'Pause' }).click();

  // KaTeX is loaded lazily, only now, and still arrives: its chunk and fonts were precached.
  await page.getByRole('button', { name: 'How it works' }).click();
  const tour = page.getByRole('region', { name: 'How it works' });
  await expect(tour.locator('.katex').first()).toBeVisible();
  await expect.poll(() => katexFontStatuses(page)).toContain('loaded');
  expect(await katexFontStatuses(page)).not.toContain('error');
});

test('a new build waits until Reload, which brings it in and keeps the points', async ({
  page,
}) => {
  await visitUntilControlled(page);
  // Work a fresh visit would not have: one point on an empty plane.
  await page.getByLabel('Dataset').selectOption('empty');
  const plane = (await page.getByTestId('boundary-canvas').boundingBox())!;
  await page.mouse.click(plane.x + plane.width * 0.3, plane.y + plane.height * 0.6);
  await expect.poll(async () => (await storePoints(page)).length).toBe(1);
  const points = await storePoints(page);
  await page.evaluate('window.beforeUpdate = true');

  // The next deployment, as the server sees it: a worker script that differs by a comment.
  // (Playwright's routing does not see the browser's own fetch of a worker script, so the served
  // file itself changes; `vite preview` reads it afresh on each request.)
  const deployed = readFileSync(workerScript, 'utf8');
  writeFileSync(workerScript, `${deployed}\n// the next build\n`);
  try {
    await page.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.update())');
    await expect(updateNotice(page)).toBeVisible({ timeout: 20_000 });
    // Until the user says so, the page stays on the build it started with.
    expect(
      await page.evaluate<boolean>(
        'navigator.serviceWorker.getRegistration().then((r) => r.waiting !== null)',
      ),
    ).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.evaluate<boolean>('window.beforeUpdate === true')).toBe(true);
  } finally {
    writeFileSync(workerScript, deployed);
  }

  const reloaded = page.waitForEvent('load', { timeout: 20_000 });
  await updateNotice(page).getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  expect(await page.evaluate<boolean>('window.beforeUpdate === undefined')).toBe(true);
  await expect(page.getByRole('status', { name: 'Iteration' })).toBeVisible();
  await expect(updateNotice(page)).toHaveCount(0);
  expect(
    await page.evaluate<boolean>(
      `navigator.serviceWorker.getRegistration().then((r) => r.waiting === null && r.active !== null)`,
    ),
  ).toBe(true);
  await expect.poll(() => storePoints(page)).toEqual(points);
});

test('the app can be installed: a manifest with a name, icons and standalone display', async ({
  page,
  request,
}) => {
  await page.goto(appUrl());
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, appUrl()).href;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({ name: 'Backprop Lab', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((entry: { sizes: string }) => entry.sizes === size);
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()['content-type']).toBe('image/png');
    const bytes = await response.body();
    // A PNG's width and height sit at bytes 16 and 20 of its header.
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(size);
  }
});
