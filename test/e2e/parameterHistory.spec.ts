import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { storeIteration, storeParameters } from './storeAccess';

// Strings, not functions, go to page.evaluate: the page runs them as they are.

/** The parameters the trainer rebuilds for `iteration`, flattened as `storeParameters`. */
const rebuiltParameters = (page: Page, iteration: number) =>
  page.evaluate<number[]>(`(() => {
    const net = window.backpropLab.store.getState().trainer.networkAt(${iteration});
    return [...net.weights, ...net.biases].flatMap((a) => Array.from(a));
  })()`);

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the trainer rebuilds a past iteration exactly after playing with a learning-rate change', async ({
  page,
}) => {
  await page.evaluate(
    '(() => { const s = window.backpropLab.store.getState(); for (let i = 0; i < 50; i++) s.step(); })()',
  );
  expect(await storeIteration(page)).toBe(50);
  const at50 = await storeParameters(page);

  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => storeIteration(page)).toBeGreaterThan(100);
  const rate = page.getByLabel('Learning rate', { exact: true });
  await rate.fill('0.05');
  await rate.press('Enter');
  await expect
    .poll(() => page.evaluate('window.backpropLab.store.getState().learningRate'))
    .toBe(0.05);
  await expect.poll(() => storeIteration(page), { timeout: 30_000 }).toBeGreaterThan(250);
  await page.getByRole('button', { name: 'Pause' }).click();
  const last = await storeIteration(page);
  const live = await storeParameters(page);

  expect(await rebuiltParameters(page, 50)).toEqual(at50);
  expect(await rebuiltParameters(page, last)).toEqual(live);
  const changes = await page.evaluate<number[]>(
    'window.backpropLab.store.getState().trainer.parameterHistory.changes.records.map((r) => r.iteration)',
  );
  expect(changes.length).toBeGreaterThanOrEqual(2);

  await page.evaluate('window.backpropLab.store.getState().trainer.resumeFrom(50)');
  expect(await storeParameters(page)).toEqual(at50);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('51');
});
