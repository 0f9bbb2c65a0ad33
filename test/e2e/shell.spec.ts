import { expect, test } from './appTest';
import { appUrl } from './appUrl';

test('the built app shows its name and the three views', async ({ page }) => {
  await page.goto(appUrl());
  await expect(page.getByRole('heading', { name: 'Backprop Lab' })).toBeVisible();
  for (const name of ['Decision boundary', 'Cost', 'Network']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
});
