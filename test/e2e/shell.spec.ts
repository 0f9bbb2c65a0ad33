import { expect, test } from '@playwright/test';
import { appUrl } from './appUrl';

test('the built app shows its name and the three views', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl());
  await expect(page.getByRole('heading', { name: 'Backprop Lab' })).toBeVisible();
  for (const name of ['Decision boundary', 'Cost', 'Network']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  expect(errors).toEqual([]);
});
