import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';

let requested: string[] = [];

test.beforeEach(async ({ page }) => {
  requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await openApp(page);
});

const panel = (page: Page) => page.getByRole('region', { name: 'Inspect point' });
const points = (page: Page) => page.getByTestId('boundary-points').locator('circle');

/** The TeX KaTeX typeset for equation `key`, read from its MathML annotation. */
const texOf = (page: Page, key: string) =>
  panel(page)
    .locator(`[data-equation="${key}"] annotation[encoding="application/x-tex"]`)
    .textContent();

test('Inspect, then a click on a point, opens the typeset equations; a Step changes them', async ({
  page,
}) => {
  const pointCount = await points(page).count();
  await page.getByRole('button', { name: 'Inspect' }).click();
  await expect(page.getByRole('button', { name: 'Inspect' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // KaTeX is not part of the initial load.
  expect(requested.filter((url) => /katex/i.test(url))).toEqual([]);

  await points(page).nth(0).click();
  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).toBeFocused();
  await expect(panel(page).locator('[data-equation="z1"] .katex')).toBeVisible();
  expect(await panel(page).locator('.katex').count()).toBeGreaterThan(10);
  expect(requested.some((url) => /katex/i.test(url))).toBe(true);
  // The click inspected the point rather than adding one.
  await expect(points(page)).toHaveCount(pointCount);
  await expect(panel(page)).toContainText('Point 1 ');
  await expect(panel(page)).toContainText('iteration 0.');

  const before = await texOf(page, 'z1');
  const gradientBefore = await texOf(page, 'dW1');
  expect(before).toMatch(/z\^\{1\} = W\^\{1\} a\^\{0\} \+ b\^\{1\}/);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('1');
  await expect.poll(() => texOf(page, 'z1')).not.toBe(before);
  expect(await texOf(page, 'dW1')).not.toBe(gradientBefore);
  await expect(panel(page)).toContainText('iteration 1.');
  expect(await panel(page).textContent()).not.toMatch(/NaN/);

  await page.getByRole('button', { name: 'Close' }).click();
  await expect(panel(page)).toHaveCount(0);
});

test('by keyboard: i turns Inspect on, Enter on a focused point opens it, Escape closes', async ({
  page,
}) => {
  await page.locator('body').press('i');
  await expect(page.getByRole('button', { name: 'Inspect' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const point = points(page).nth(0);
  await expect(point).toHaveAttribute('tabindex', '0');
  await point.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeFocused();
  await expect(panel(page).locator('[data-equation="cost"] .katex')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(point).toBeFocused();

  // Typing an i in a field leaves Inspect as it is.
  await page.getByLabel('Learning rate').focus();
  await page.keyboard.press('i');
  await expect(page.getByRole('button', { name: 'Inspect' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the panel shows the iteration picked on the timeline', async ({ page }) => {
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('3');
  await page.getByRole('button', { name: 'Inspect' }).click();
  await points(page).nth(0).click();
  await expect(panel(page).locator('[data-equation="z1"] .katex')).toBeVisible();
  const live = await texOf(page, 'z1');

  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await timeline.focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText('0');
  await expect(panel(page)).toContainText('viewed iteration 0.');
  await expect.poll(() => texOf(page, 'z1')).not.toBe(live);
  await page.getByRole('button', { name: 'Live' }).click();
  await expect.poll(() => texOf(page, 'z1')).toBe(live);
});
