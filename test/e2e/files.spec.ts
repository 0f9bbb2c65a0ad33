import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { appUrl } from './appUrl';
import { storePoints } from './storeAccess';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

async function download(page: Page, button: string, region?: string) {
  const scope = region ? page.getByRole('region', { name: region }) : page;
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

test('Export points then Import file gives back the very same points', async ({ page }) => {
  const before = await storePoints(page);
  expect(before.length).toBeGreaterThan(100);
  const exported = await download(page, 'Export points');
  expect(exported.name).toBe('points.csv');
  expect(readFileSync(exported.path, 'utf8')).not.toMatch(/NaN|Infinity/);

  await page.getByLabel('Dataset').selectOption('empty');
  await expect.poll(() => storePoints(page)).toEqual([]);
  await page.getByLabel('Import file').setInputFiles(exported.path);
  await expect.poll(() => storePoints(page)).toEqual(before);
  await expect(page.getByTestId('boundary-points').locator('circle')).toHaveCount(before.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('Export session then import it into a fresh page restores points, settings and weights', async ({
  page,
  browser,
}) => {
  await page.getByRole('button', { name: 'Step' }).click();
  const exported = await download(page, 'Export session');
  const snapshot = await page.evaluate(
    'JSON.stringify(window.backpropLab.store.getState().snapshotSession(true))',
  );
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(appUrl());
  await other.getByLabel('Import file').setInputFiles(exported.path);
  await expect
    .poll(() =>
      other.evaluate('JSON.stringify(window.backpropLab.store.getState().snapshotSession(true))'),
    )
    .toBe(snapshot);
  await context.close();
});

for (const name of [
  'points-nan.csv',
  'points-binary.csv',
  'points-huge-label.csv',
  'model-huge-layers.json',
  'session-ragged-points.json',
  'session-proto.json',
]) {
  test(`importing ${name} shows a notice saying where, and the points are unchanged`, async ({
    page,
  }) => {
    const before = await storePoints(page);
    await page.getByLabel('Import file').setInputFiles(join(CORPUS, name));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`Cannot import ${name}: `);
    await expect(alert).toContainText('Nothing was changed.');
    expect(await storePoints(page)).toEqual(before);
    expect(await page.evaluate('Object.prototype.polluted')).toBeUndefined();
  });
}

test('a points file dropped on the plane replaces the points', async ({ page }) => {
  const csv = 'x,y,label\n0.5,0.5,0\n-0.5,-0.25,1\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('.boundary-plot', 'drop', { dataTransfer });
  await expect
    .poll(() => storePoints(page))
    .toEqual([
      { x: 0.5, y: 0.5, label: 0 },
      { x: -0.5, y: -0.25, label: 1 },
    ]);
});

test('Save image downloads a PNG of each view, and SVG of the cost and network', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Step' }).click();
  for (const [region, name] of [
    ['Decision boundary', 'decision-boundary'],
    ['Cost', 'cost'],
    ['Network', 'network'],
  ]) {
    const png = await download(page, 'Save image', region);
    expect(png.name).toBe(`${name}.png`);
    const bytes = readFileSync(png.path);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(1000);
  }
  for (const [region, name] of [
    ['Cost', 'cost'],
    ['Network', 'network'],
  ]) {
    const svg = await download(page, 'Save SVG', region);
    expect(svg.name).toBe(`${name}.svg`);
    const text = readFileSync(svg.path, 'utf8');
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).not.toMatch(/NaN/);
  }
});
