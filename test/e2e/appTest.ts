import { expect, test as base } from '@playwright/test';

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
