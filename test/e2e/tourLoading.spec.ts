import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { appUrl } from './appUrl';

// The page's own requests only: a service worker would fetch the chunks out of Playwright's sight.
test.use({ serviceWorkers: 'block' });

const TOUR_CHUNK = /\/assets\/TourContent-[\w-]+\.js$/;
const tour = (page: Page) => page.getByRole('region', { name: 'How it works' });
const stepHeading = (page: Page) => tour(page).getByRole('heading', { level: 3 });

test('the tour’s steps load only when it opens, beside KaTeX', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openApp(page);
  expect(requests.filter((url) => TOUR_CHUNK.test(url))).toEqual([]);

  await page.getByRole('button', { name: 'How it works' }).click();
  await expect(tour(page).getByRole('heading', { name: 'How it works' })).toBeFocused();
  await expect(stepHeading(page)).toContainText('Step 1 of 9 The data');
  await expect(tour(page).locator('.tour-equation .katex').first()).toBeVisible();
  expect(requests.filter((url) => TOUR_CHUNK.test(url))).toHaveLength(1);
  expect(requests.some((url) => /katex/i.test(url))).toBe(true);
  // The focus stayed on the panel's heading while the steps came in.
  await expect(tour(page).getByRole('heading', { name: 'How it works' })).toBeFocused();
});

test('a tour that cannot load says so, and Try again brings it once the network is back', async ({
  page,
}) => {
  await page.route(TOUR_CHUNK, (route) => route.abort('internetdisconnected'));
  await page.goto(`${appUrl()}#tour=3`);
  await expect(
    page.getByRole('alert').filter({ hasText: 'The tour could not be loaded' }),
  ).toBeVisible();
  await expect(tour(page)).toContainText('The tour could not be loaded.');
  // The rest of the page is there and works.
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('0');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('1');

  await page.unroute(TOUR_CHUNK);
  await tour(page).getByRole('button', { name: 'Try again' }).click();
  await expect(stepHeading(page)).toContainText('Step 3 of 9 ReLU');
  await expect(tour(page).locator('.tour-equation .katex').first()).toBeVisible();
  await expect(page).toHaveURL(/[&#]tour=3$/);
});
