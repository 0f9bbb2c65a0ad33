import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { storeIteration } from './storeAccess';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

async function trainPast(page: Page, iterations: number) {
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => storeIteration(page), { timeout: 30_000 }).toBeGreaterThan(iterations);
  await page.getByRole('button', { name: 'Pause' }).click();
}

/** The screen position of the point halfway along an SVG path. */
const midpointOf = (page: Page, testId: string) =>
  page.evaluate<{ x: number; y: number }>(`(() => {
    const path = document.querySelector('[data-testid="${testId}"]');
    const at = path.getPointAtLength(path.getTotalLength() / 2);
    const screen = at.matrixTransform(path.getScreenCTM());
    return { x: screen.x, y: screen.y };
  })()`);

test('train, change the learning rate and Reset, train again: one faded curve', async ({
  page,
}) => {
  const clear = page.getByRole('button', { name: 'Clear earlier runs' });
  await expect(clear).toBeDisabled();
  await trainPast(page, 100);
  const rate = page.getByLabel('Learning rate', { exact: true });
  await rate.fill('0.05');
  await rate.press('Enter');
  await expect
    .poll(() => page.evaluate('window.backpropLab.store.getState().learningRate'))
    .toBe(0.05);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('0');
  await trainPast(page, 50);

  const runs = page.getByRole('region', { name: 'Cost' }).getByTestId('cost-earlier-run');
  await expect(runs).toHaveCount(1);
  await expect(runs).toHaveAttribute('data-label', 'lr 0.2');
  expect(((await runs.getAttribute('d')) ?? '').length).toBeGreaterThan(20);
  await expect(page.getByTestId('cost-legend')).toContainText('earlier runs');
  // Drawn faded, in a colour of its own: not the live lines'.
  const stroke = (testId: string) =>
    page.getByTestId(testId).evaluate((el) => getComputedStyle(el).stroke);
  const earlierStroke = await stroke('cost-earlier-run');
  for (const live of ['cost-line', 'cost-training-line']) {
    expect(await stroke(live)).not.toBe(earlierStroke);
  }
  const opacity = await runs.evaluate((el) => Number(getComputedStyle(el).strokeOpacity));
  expect(opacity).toBeLessThan(1);

  // Hovering the faded curve names it.
  const at = await midpointOf(page, 'cost-earlier-run');
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('cost-earlier-label')).toContainText('Earlier run (lr 0.2): cost');

  // The dark theme draws it lighter, to stay legible on the dark surface.
  await page.evaluate("document.documentElement.setAttribute('data-theme', 'dark')");
  expect(await stroke('cost-earlier-run')).not.toBe(earlierStroke);

  await clear.click();
  await expect(runs).toHaveCount(0);
  await expect(clear).toBeDisabled();
  expect(await storeIteration(page)).toBeGreaterThan(50);
});
