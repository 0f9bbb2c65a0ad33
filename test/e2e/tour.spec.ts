import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { appUrl } from './appUrl';

const tour = (page: Page) => page.getByRole('region', { name: 'How it works' });
const stepHeading = (page: Page) => tour(page).getByRole('heading', { level: 3 });

test('How it works opens the tour, typesets its equations and loads KaTeX only then', async ({
  page,
}) => {
  const katexRequests: string[] = [];
  page.on('request', (request) => {
    if (/katex/i.test(request.url())) katexRequests.push(request.url());
  });
  await openApp(page);
  expect(katexRequests).toEqual([]);

  await page.getByRole('button', { name: 'How it works' }).click();
  await expect(tour(page)).toBeVisible();
  await expect(stepHeading(page)).toContainText('Step 1 of 9');
  await expect(tour(page).locator('.katex').first()).toBeVisible();
  expect(await tour(page).locator('.katex').count()).toBeGreaterThan(1);
  // KaTeX's fonts are there, so the symbols are typeset rather than left as TeX.
  await expect(tour(page).locator('.katex-mathml').first()).toBeAttached();
  expect(katexRequests.length).toBeGreaterThan(0);
  // Every equation is typeset: none is left as TeX source.
  const equations = tour(page).locator('.tour-equation');
  expect(await equations.count()).toBe(await tour(page).locator('.tour-equation .katex').count());
});

test('Show me on the neuron step rings the neuron in the Network view with its live sum', async ({
  page,
}) => {
  await page.goto(appUrl());
  await page.getByRole('button', { name: 'How it works' }).click();
  await tour(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepHeading(page)).toContainText('A neuron and its weighted sum');
  await expect(page).toHaveURL(/[&#]tour=2$/);

  await tour(page).getByRole('button', { name: 'Show me' }).click();
  const ringed = page.locator('[data-testid="neuron"].is-highlighted');
  await expect(ringed).toHaveCount(1);
  await expect(ringed).toHaveAttribute('data-layer', '2');
  await expect(ringed).toHaveAttribute('data-index', '0');
  expect(await page.evaluate<unknown>('window.backpropLab.store.getState().hoveredNeuron')).toEqual(
    { layer: 2, index: 0 },
  );

  const live = tour(page).getByTestId('tour-live-text');
  await expect(live).toContainText(/^z = .* = -?[\d.e-]+$/);
  await expect(tour(page).locator('.tour-live .katex')).toBeVisible();
  // The numbers follow training.
  const before = await live.textContent();
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(live).not.toHaveText(before ?? '');
  expect(await tour(page).textContent()).not.toMatch(/NaN/);
});

test('the step survives a reload, and the tour works by keyboard alone', async ({ page }) => {
  await page.goto(`${appUrl()}#tour=5`);
  await expect(stepHeading(page)).toContainText('Step 5 of 9 Softmax');
  await page.reload();
  await expect(stepHeading(page)).toContainText('Step 5 of 9 Softmax');

  await page.keyboard.press('Escape');
  await expect(tour(page)).toBeHidden();
  const button = page.getByRole('button', { name: 'How it works' });
  await expect(button).toBeFocused();
  await expect(page).not.toHaveURL(/tour=/);

  await page.keyboard.press('Enter');
  await expect(tour(page).getByRole('heading', { name: 'How it works' })).toBeFocused();
  // Tab to Next and press it four times: focus stays on Next at the end.
  const next = tour(page).getByRole('button', { name: 'Next' });
  for (let i = 0; i < 12 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
  await expect(stepHeading(page)).toContainText('Step 9 of 9 Training');
  await expect(next).toBeFocused();
  await expect(page).toHaveURL(/[&#]tour=9$/);
});

test('Show me on backpropagation opens the inspect panel on the example point', async ({
  page,
}) => {
  await page.goto(`${appUrl()}#tour=8`);
  await tour(page).getByRole('button', { name: 'Show me' }).click();
  await expect(page.getByRole('region', { name: 'Inspect point' })).toBeVisible();
  expect(await page.evaluate<number>('window.backpropLab.store.getState().inspectedPoint')).toBe(0);
});

test('at 360 px wide the tour is a sheet that fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`${appUrl()}#tour=2`);
  // The steps load on demand: measure them, not what stands in while they load.
  await expect(stepHeading(page)).toContainText('Step 2 of 9');
  const box = (await tour(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  const overflow = await page.evaluate<number>(
    'document.querySelector(".tour-body").scrollWidth - document.querySelector(".tour-body").clientWidth',
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await tour(page).getByRole('button', { name: 'Show me' }).click();
  await expect(tour(page).getByTestId('tour-live-text')).toBeVisible();
  await expect(tour(page).getByRole('button', { name: 'Next' })).toBeInViewport();
});
