import { expect, test } from './appTest';
import { appUrl } from './appUrl';
import { storePoints } from './storeAccess';

const settingsOf = (page: import('@playwright/test').Page) =>
  page.evaluate<string>(
    'JSON.stringify(window.backpropLab.store.getState().snapshotSession(false).settings)',
  );

test('Copy link opened in a new page shows the same points and settings', async ({
  page,
  browser,
  context,
  pageErrors,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(appUrl());
  await page.getByLabel('Dataset').selectOption('empty');
  const plane = page.getByTestId('boundary-canvas');
  const box = (await plane.boundingBox())!;
  await page.getByRole('button', { name: 'Class 1' }).click();
  for (const [fx, fy] of [
    [0.2, 0.3],
    [0.7, 0.6],
    [0.4, 0.85],
  ]) {
    await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
  }
  await page.evaluate('window.backpropLab.store.getState().setLearningRate(0.0375)');
  const points = await storePoints(page);
  expect(points).toHaveLength(3);
  const settings = await settingsOf(page);

  await page.getByLabel('Include weights').check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status', { name: 'Link status' })).toContainText('Link copied');
  const link = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(link).toContain('#v=1&');

  // A fresh context: nothing saved, so all it shows comes from the link.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  other.on('pageerror', (error) => pageErrors.push(error.message));
  await other.goto(link);
  await expect.poll(() => storePoints(other)).toEqual(points);
  expect(await settingsOf(other)).toBe(settings);
  await expect(other.getByTestId('boundary-points').locator('circle')).toHaveCount(3);
  expect(
    await other.evaluate<string>(
      'JSON.stringify(window.backpropLab.store.getState().snapshotSession(true).model)',
    ),
  ).toBe(
    await page.evaluate<string>(
      'JSON.stringify(window.backpropLab.store.getState().snapshotSession(true).model)',
    ),
  );
  await fresh.close();
});

test('the address bar carries the settings, rewritten after they change', async ({ page }) => {
  await page.goto(appUrl());
  await expect.poll(() => page.url()).toContain('learningRate=0.2');
  await page.evaluate('window.backpropLab.store.getState().setLearningRate(0.0125)');
  await expect.poll(() => page.url()).toContain('learningRate=0.0125');
  await page.reload();
  await expect
    .poll(() => page.evaluate('window.backpropLab.store.getState().learningRate'))
    .toBe(0.0125);
});

test('a hostile link is applied where valid, with one notice naming what was dropped', async ({
  page,
}) => {
  const junk = 'z'.repeat(100_000);
  await page.goto(
    `${appUrl()}#learningRate=0.05&seed=-1&activation=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E` +
      `&points=AAAA${junk}&hiddenLayers=9999&${junk}=1`,
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Parts of the link were ignored: ');
  await expect(alert).toContainText('seed (');
  await expect(alert).toContainText('points (');
  await expect(page.getByRole('alert')).toHaveCount(1);
  expect(await page.evaluate('window.backpropLab.store.getState().learningRate')).toBe(0.05);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
});
