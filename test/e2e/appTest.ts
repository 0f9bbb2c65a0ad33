import { expect, test as base, type Page } from '@playwright/test';
import { appUrl } from './appUrl';

/**
 * Playwright's `test` with the app's one rule for every spec: an uncaught error in the page fails
 * the test. `pageErrors` collects the page's errors (a test that opens more pages adds theirs) and
 * must be empty when the test ends.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app (at `query`, e.g. `?profile`) and waits until it shows a run at iteration 0. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`${appUrl()}${query}`);
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('0');
}
