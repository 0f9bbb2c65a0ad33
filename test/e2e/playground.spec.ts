import type { Page } from '@playwright/test';
import { expect, test } from './appTest';
import { appUrl } from './appUrl';

const readout = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const iterationOf = async (page: Page) => Number(await readout(page, 'Iteration').textContent());
const percentOf = async (page: Page, name: string) =>
  Number((await readout(page, name).textContent())?.replace('%', ''));

test.beforeEach(async ({ page }) => {
  await page.goto(appUrl());
  await expect(readout(page, 'Iteration')).toHaveText('0');
});

test('Gaussian blobs of 3 classes, one more layer, Adam at 0.01 and a 30% test share learn in 500 iterations', async ({
  page,
}) => {
  await page.getByLabel('Classes').selectOption('3');
  await page.getByLabel('Dataset').selectOption('blobs');
  await page.getByRole('button', { name: 'Add layer' }).click();
  await page.getByLabel('Optimizer').selectOption('adam');
  const rate = page.getByLabel('Learning rate', { exact: true });
  await rate.fill('0.01');
  await rate.press('Enter');
  await page.getByLabel('Test share').fill('30');
  await page.getByLabel('Test share').press('Enter');
  await expect(readout(page, 'Test accuracy')).not.toHaveText('—');

  const stop = page.getByLabel('Stop at iteration');
  await stop.fill('500');
  await stop.press('Enter');
  await page.getByLabel('Speed').selectOption('max');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => iterationOf(page), { timeout: 30_000 }).toBe(500);

  const state = await page.evaluate<{ layers: number[]; optimizer: string; held: number }>(`(() => {
    const s = window.backpropLab.store.getState();
    return {
      layers: [...s.trainer.network.layers],
      optimizer: s.trainer.session.optimizer.settings.kind,
      held: s.testSamples.count,
    };
  })()`);
  expect(state.layers).toEqual([2, 4, 4, 4, 3]);
  expect(state.optimizer).toBe('adam');
  expect(state.held).toBeGreaterThan(0);
  expect(await percentOf(page, 'Accuracy')).toBeGreaterThan(90);
  expect(await percentOf(page, 'Test accuracy')).toBeGreaterThan(0);
  await expect(
    page.getByTestId('boundary-points').locator('[data-role="test"]').first(),
  ).toBeVisible();
});
