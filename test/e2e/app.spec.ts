import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { pixelVariance } from './pixelVariance';
import { storeIteration, storeParameters, storePoints } from './storeAccess';

const iterationOf = async (page: Page) =>
  Number(await page.getByRole('status', { name: 'Iteration' }).textContent());
const costOf = async (page: Page) =>
  Number(await page.getByRole('status', { name: 'Cost', exact: true }).textContent());

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('clicking the plane three times adds three points where clicked', async ({ page }) => {
  await page.getByLabel('Dataset').selectOption('empty');
  await expect(page.getByTestId('boundary-points').locator('circle')).toHaveCount(0);
  const plane = page.getByTestId('boundary-canvas');
  const box = (await plane.boundingBox())!;
  const clicks = [
    [0.25, 0.3],
    [0.7, 0.5],
    [0.45, 0.8],
  ].map(([fx, fy]) => ({ x: box.x + fx * box.width, y: box.y + fy * box.height }));
  await page.getByRole('button', { name: 'Class 1' }).click();
  for (const click of clicks) await page.mouse.click(click.x, click.y);

  const circles = page.getByTestId('boundary-points').locator('circle');
  await expect(circles).toHaveCount(3);
  const points = await storePoints(page);
  expect(points).toHaveLength(3);
  for (let i = 0; i < 3; i++) {
    const circle = circles.nth(i);
    const drawn = (await circle.boundingBox())!;
    // The drawing is where the click was...
    expect(Math.abs(drawn.x + drawn.width / 2 - clicks[i].x)).toBeLessThan(2);
    expect(Math.abs(drawn.y + drawn.height / 2 - clicks[i].y)).toBeLessThan(2);
    // ...and shows the point the store holds.
    expect(Number(await circle.getAttribute('data-x'))).toBeCloseTo(points[i].x, 6);
    expect(Number(await circle.getAttribute('data-y'))).toBeCloseTo(points[i].y, 6);
    expect(points[i].label).toBe(1);
  }
  // Left of centre is negative x, the top half positive y.
  expect(points[0].x).toBeLessThan(0);
  expect(points[0].y).toBeGreaterThan(0);
  expect(points[2].y).toBeLessThan(0);
});

test("Play trains: Iteration rises and the cost falls on the post's dataset", async ({ page }) => {
  const startCost = await costOf(page);
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => iterationOf(page), { timeout: 20_000 }).toBeGreaterThan(300);
  expect(await costOf(page)).toBeLessThan(startCost);
});

test('changing the learning rate mid-run keeps the iteration and changes the step size', async ({
  page,
}) => {
  await page.getByLabel('Stop after').uncheck();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => iterationOf(page)).toBeGreaterThan(30);

  const meanStep = async () => {
    const before = await storeParameters(page);
    const from = await storeIteration(page);
    await page.waitForTimeout(400);
    const after = await storeParameters(page);
    const to = await storeIteration(page);
    const change = before.reduce((sum, w, i) => sum + Math.abs(after[i] - w), 0);
    return { perIteration: change / Math.max(1, to - from), from, to };
  };
  const atDefault = await meanStep();

  // The field applies a valid rate as soon as it is typed.
  await page.getByLabel('Learning rate').fill('0.0002');
  await expect
    .poll(() => page.evaluate('window.backpropLab.store.getState().learningRate'))
    .toBe(0.0002);
  const iterationAfterChange = await storeIteration(page);
  expect(iterationAfterChange).toBeGreaterThanOrEqual(atDefault.to);
  const atTiny = await meanStep();
  expect(atTiny.from).toBeGreaterThanOrEqual(iterationAfterChange);
  expect(atTiny.to).toBeGreaterThan(atTiny.from);
  // A thousand times smaller a rate: far smaller steps (gradients vary, so a loose factor).
  expect(atTiny.perIteration).toBeLessThan(atDefault.perIteration / 50);
  // The slider sits at log10 of the rate, to its 0.01 step.
  const slider = await page.getByRole('slider', { name: 'Learning-rate slider' }).inputValue();
  expect(Number(slider)).toBeCloseTo(Math.log10(0.0002), 1);
});

test('Pause stops training and Reset restarts at 0', async ({ page }) => {
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => iterationOf(page)).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await iterationOf(page);
  await page.waitForTimeout(500);
  expect(await iterationOf(page)).toBe(paused);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => iterationOf(page)).toBe(paused + 1);

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => iterationOf(page)).toBe(0);
  expect(await storeIteration(page)).toBe(0);
});

test('each view draws something (screenshots are not blank)', async ({ page }) => {
  await page.getByLabel('Speed').selectOption('30');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => iterationOf(page)).toBeGreaterThan(200);
  const drawings = {
    'Decision boundary': page.getByTestId('boundary-canvas'),
    Cost: page.getByRole('region', { name: 'Cost' }).locator('svg').first(),
    Network: page.getByRole('region', { name: 'Network' }).locator('svg').first(),
  };
  for (const [name, drawing] of Object.entries(drawings)) {
    const variance = await pixelVariance(page, drawing);
    expect(variance, `${name} pixel variance`).toBeGreaterThan(100);
  }
  await page.screenshot({ path: 'test-results/app-training.png' });
});

test('right-click removes the nearest point and dragging moves one', async ({ page }) => {
  await page.getByLabel('Dataset').selectOption('empty');
  const box = (await page.getByTestId('boundary-canvas').boundingBox())!;
  const at = (fx: number, fy: number) => ({
    x: box.x + fx * box.width,
    y: box.y + fy * box.height,
  });
  const circles = page.getByTestId('boundary-points').locator('circle');
  for (const p of [at(0.3, 0.3), at(0.7, 0.7)]) await page.mouse.click(p.x, p.y);
  await expect(circles).toHaveCount(2);

  const from = at(0.3, 0.3);
  const to = at(0.5, 0.2);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2);
  await page.mouse.move(to.x, to.y);
  await page.mouse.up();
  await expect(circles).toHaveCount(2);
  const moved = (await circles.nth(0).boundingBox())!;
  expect(Math.abs(moved.x + moved.width / 2 - to.x)).toBeLessThan(2);
  expect(Math.abs(moved.y + moved.height / 2 - to.y)).toBeLessThan(2);

  const second = at(0.7, 0.7);
  await page.mouse.click(second.x + 3, second.y - 2, { button: 'right' });
  await expect(circles).toHaveCount(1);
  expect(await storePoints(page)).toHaveLength(1);
});

test("hovering a neuron paints that neuron's activation over the plane", async ({ page }) => {
  await page.getByRole('button', { name: 'Step' }).click();
  const canvas = page.getByTestId('boundary-canvas');
  const before = await canvas.screenshot();
  await page.locator('[data-testid="neuron"][data-layer="1"][data-index="0"]').hover();
  await expect(page.getByText(/neuron 1 of hidden layer 1/i)).toBeVisible();
  await expect.poll(async () => (await canvas.screenshot()).equals(before)).toBe(false);
  await page.mouse.move(5, 5);
  await expect(page.getByText(/neuron 1 of hidden layer 1/i)).toBeHidden();
});
