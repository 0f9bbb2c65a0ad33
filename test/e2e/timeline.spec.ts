import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { appUrl } from './appUrl';
import { storeParameters } from './storeAccess';

// Strings, not functions, go to page.evaluate: the page runs them as they are.

const iterationOf = async (page: Page) =>
  Number(await page.getByRole('status', { name: 'Iteration' }).textContent());
const viewingOf = async (page: Page) =>
  Number(await page.getByRole('status', { name: 'Viewing' }).textContent());
const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline' });

/** The boundary canvas's pixels, as the page holds them. */
const boundaryPixels = (page: Page) =>
  page.evaluate<number[]>(`(() => {
    const canvas = document.querySelector('[data-testid="boundary-canvas"]');
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    return Array.from(data);
  })()`);

/** Every weight and bias of the network the views show (the viewed one, or the live one). */
const shownParameters = (page: Page) =>
  page.evaluate<number[]>(`(() => {
    const s = window.backpropLab.store.getState();
    const net = s.viewing === null ? s.trainer.network : s.viewedNetwork;
    return [...net.weights, ...net.biases].flatMap((a) => Array.from(a));
  })()`);

/** The edge whose weight differs most between the viewed network and the live one. */
const mostMovedEdge = (page: Page) =>
  page.evaluate<{ layer: number; from: number; to: number; viewed: number; live: number }>(`(() => {
    const s = window.backpropLab.store.getState();
    const viewed = s.viewedNetwork, live = s.trainer.network, layers = live.layers;
    let best = null;
    for (let l = 1; l < layers.length; l++) {
      for (let to = 0; to < layers[l]; to++) {
        for (let from = 0; from < layers[l - 1]; from++) {
          const k = to * layers[l - 1] + from;
          const edge = { layer: l, from, to, viewed: viewed.weights[l - 1][k], live: live.weights[l - 1][k] };
          if (best === null || Math.abs(edge.viewed - edge.live) > Math.abs(best.viewed - best.live)) best = edge;
        }
      }
    }
    return best;
  })()`);

/** The value the network view's tooltip gives for an edge, pointed at. */
async function drawnWeight(page: Page, edge: { layer: number; from: number; to: number }) {
  const { layer, from, to } = edge;
  await page
    .locator(`.network-edge-hit[data-layer="${layer}"][data-from="${from}"][data-to="${to}"]`)
    .dispatchEvent('pointerover');
  const tooltip = page.getByTestId('network-tooltip');
  await expect(tooltip).toContainText(`W^${layer}_(${to + 1},${from + 1}) = `);
  const text = (await tooltip.textContent()) ?? '';
  // d3 writes a minus as U+2212.
  return Number(text.split('= ')[1].replace('\u2212', '-'));
}

/** Waits for a few animation frames: painters deferred by a busy frame paint in a later one. */
const afterFrames = (page: Page) =>
  page.evaluate(`new Promise((done) => {
    let frames = 0;
    const next = () => (++frames >= 5 ? done(null) : requestAnimationFrame(next));
    requestAnimationFrame(next);
  })`);

/** Trains as fast as possible until the run stops by itself at `iterations`. */
async function trainTo(page: Page, iterations: number) {
  await page.getByLabel('Speed').selectOption('max');
  await page.getByLabel('Stop at iteration').fill(String(iterations));
  await page.getByLabel('Stop at iteration').press('Enter');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText(String(iterations), {
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await afterFrames(page);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the timeline at 50 shows exactly a fresh run stopped at 50; resuming from there steps to 51', async ({
  page,
  browser,
  pageErrors,
}) => {
  // The reference: a fresh run with the same seed, stopped at 50, in a page of its own (a new
  // context, so nothing the first page saved reaches it).
  const context = await browser.newContext({ viewport: page.viewportSize() });
  const reference = await context.newPage();
  reference.on('pageerror', (error) => pageErrors.push(error.message));
  await reference.goto(appUrl());
  await trainTo(reference, 50);
  const fresh = await boundaryPixels(reference);
  const freshParameters = await storeParameters(reference);
  await context.close();

  await trainTo(page, 300);
  await expect.poll(() => boundaryPixels(page)).not.toEqual(fresh);
  await expect(timeline(page)).toHaveValue('300');
  expect(await viewingOf(page)).toBe(300);

  await timeline(page).fill('50');
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText('50');
  // The run's own count does not move.
  expect(await iterationOf(page)).toBe(300);
  expect(await shownParameters(page)).toEqual(freshParameters);
  // Every view at once: the boundary's pixels, the network's weights, the cost chart's marker.
  await expect.poll(() => boundaryPixels(page)).toEqual(fresh);
  const edge = await mostMovedEdge(page);
  expect(Math.abs(edge.viewed - edge.live)).toBeGreaterThan(0.05);
  const drawn = await drawnWeight(page, edge);
  expect(Math.abs(drawn - edge.viewed)).toBeLessThanOrEqual(Math.abs(edge.viewed) * 0.005 + 1e-9);
  await expect(page.getByTestId('cost-viewing-label')).toHaveText('Viewing 50');

  await page.getByRole('button', { name: 'Resume from here' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('50');
  await expect(timeline(page)).toHaveValue('50');
  await expect(page.getByTestId('cost-viewing-marker')).toBeHidden();
  await page.waitForTimeout(300);
  expect(await iterationOf(page)).toBe(50);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('51');
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText('51');
});

test('the keyboard moves the timeline; the view stays put while training goes on; Live returns', async ({
  page,
}) => {
  await trainTo(page, 200);
  const slider = timeline(page);
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText('199');
  await page.keyboard.press('Home');
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText('0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText('2');
  await page.keyboard.press('PageUp');
  expect(await viewingOf(page)).toBeGreaterThan(2);
  await page.keyboard.press('End');
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText('200');
  await slider.fill('40');
  const at40 = await shownParameters(page);

  // Training on: the slider's end follows the run, the view stays at 40.
  await page.getByLabel('Stop at iteration').fill('600');
  await page.getByLabel('Stop at iteration').press('Enter');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => iterationOf(page), { timeout: 30_000 }).toBeGreaterThan(300);
  await expect.poll(async () => Number(await slider.getAttribute('max'))).toBeGreaterThan(300);
  expect(await viewingOf(page)).toBe(40);
  await expect(slider).toHaveValue('40');
  expect(await shownParameters(page)).toEqual(at40);

  await page.getByRole('button', { name: 'Live' }).click();
  await expect(page.getByRole('button', { name: 'Live' })).toBeDisabled();
  await expect(
    page.getByRole('button', { name: 'Pause' }).or(page.getByRole('button', { name: 'Play' })),
  ).toBeVisible();
  await expect.poll(() => shownParameters(page)).not.toEqual(at40);
  expect(await viewingOf(page)).toBeGreaterThan(300);
});

test('hovering the cost chart moves the timeline, a click keeps it there', async ({ page }) => {
  await trainTo(page, 400);
  const chart = page.getByRole('region', { name: 'Cost' }).locator('svg.cost-svg');
  const box = (await chart.boundingBox())!;
  // The plot spans viewBox x 58 to 462 of 480 (see costChartLayout.ts).
  const atIteration = (k: number) => box.x + ((58 + (k / 400) * 404) / 480) * box.width;
  const y = box.y + box.height / 2;

  await page.mouse.move(atIteration(100), y);
  await expect.poll(() => viewingOf(page)).toBeGreaterThan(90);
  expect(await viewingOf(page)).toBeLessThan(110);
  await expect(page.getByTestId('cost-viewing-marker')).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText('400');
  await expect(page.getByRole('button', { name: 'Live' })).toBeDisabled();

  await page.mouse.click(atIteration(250), y);
  const chosen = await viewingOf(page);
  expect(Math.abs(chosen - 250)).toBeLessThan(10);
  await page.mouse.move(5, 5);
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText(String(chosen));
  await expect(timeline(page)).toHaveValue(String(chosen));
  await expect(page.getByTestId('cost-viewing-label')).toHaveText(`Viewing ${chosen}`);
  await page.screenshot({ path: 'test-results/timeline-viewing.png' });
});
