import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { storePoints } from './storeAccess';

const SAVED_SESSION_KEY = 'backprop-lab.session';
test.beforeEach(async ({ page }) => {
  await openApp(page);
});

/** Clicks the plane at fractions of its width and height. */
async function clickPlane(page: Page, spots: readonly (readonly [number, number])[]) {
  const box = (await page.getByTestId('boundary-canvas').boundingBox())!;
  for (const [fx, fy] of spots) {
    await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
  }
}

const circles = (page: Page) => page.getByTestId('boundary-points').locator('circle');

test('points placed survive a reload, with the settings', async ({ page }) => {
  await page.getByLabel('Dataset').selectOption('empty');
  await clickPlane(page, [
    [0.3, 0.3],
    [0.6, 0.4],
    [0.5, 0.7],
  ]);
  await expect(circles(page)).toHaveCount(3);
  const placed = await storePoints(page);
  // The save follows an edit within a second; reload after it landed.
  await expect
    .poll(() => page.evaluate(`localStorage.getItem('${SAVED_SESSION_KEY}')?.length ?? 0`))
    .toBeGreaterThan(0);
  await page.reload();
  await expect(circles(page)).toHaveCount(3);
  expect(await storePoints(page)).toEqual(placed);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('Undo removes the last point, Redo and Ctrl+Z work, and a drag is one step', async ({
  page,
}) => {
  await page.getByLabel('Dataset').selectOption('empty');
  await clickPlane(page, [
    [0.3, 0.3],
    [0.7, 0.6],
  ]);
  await expect(circles(page)).toHaveCount(2);
  const [first] = await storePoints(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(circles(page)).toHaveCount(1);
  expect(await storePoints(page)).toEqual([first]);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(circles(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(circles(page)).toHaveCount(1);

  // Drag the remaining point across the plane in many moves, then undo once.
  const box = (await page.getByTestId('boundary-canvas').boundingBox())!;
  await page.mouse.move(box.x + 0.3 * box.width, box.y + 0.3 * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + 0.6 * box.width, box.y + 0.8 * box.height, { steps: 12 });
  await page.mouse.up();
  const [dragged] = await storePoints(page);
  expect(dragged.x).toBeGreaterThan(first.x + 0.3);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await storePoints(page)).toEqual([first]);
});

test('corrupt saved data: a notice, and the app starts clean and works', async ({ page }) => {
  await page.evaluate(`localStorage.setItem('${SAVED_SESSION_KEY}', '{"state": <junk')`);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('damaged');
  expect((await storePoints(page)).length).toBeGreaterThan(100);
  await page.getByLabel('Dataset').selectOption('empty');
  await clickPlane(page, [
    [0.5, 0.5],
    [0.2, 0.7],
  ]);
  await expect(circles(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('1');
  expect(await page.locator('body').innerText()).not.toMatch(/NaN/);
});

test('New session starts over and can be undone', async ({ page }) => {
  await page.getByLabel('Dataset').selectOption('empty');
  await clickPlane(page, [[0.4, 0.4]]);
  await expect(circles(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'New session' }).click();
  await expect(circles(page)).not.toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(circles(page)).toHaveCount(1);
});
