import { expect, test, type Page } from '@playwright/test';
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

/** How the network view draws every edge: thickness, colour and opacity, in layout order. */
const edgeDrawing = (page: Page) =>
  page.evaluate<string[]>(`Array.from(
    document.querySelectorAll('[data-testid="edge"]'),
    (e) => [e.getAttribute('stroke-width'), e.getAttribute('stroke'), e.getAttribute('stroke-opacity')].join(' '),
  )`);

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

let pageErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(appUrl());
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('0');
});

test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('the timeline at 50 shows exactly a fresh run stopped at 50; resuming from there steps to 51', async ({
  page,
  browser,
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
  const freshEdges = await edgeDrawing(reference);
  console.log('DEBUG refmatch', await reference.evaluate(`(() => {
    const s = window.backpropLab.store.getState();
    const edges = Array.from(document.querySelectorAll('[data-testid="edge"]'));
    const nice = (l) => { if (!(l > 1)) return 1; const p = 10 ** Math.floor(Math.log10(l)); for (const st of [1,1.5,2,3,4,5,6,8,10]) if (st*p >= l) return st*p; return 10*p; };
    const drawOf = (net) => { let L = 0; for (const w of net.weights) for (const v of w) L = Math.max(L, Math.abs(v)); const max = nice(L);
      return edges.map((e) => { const l = +e.dataset.layer, f = +e.dataset.from, t = +e.dataset.to; const w = net.weights[l-1][t*net.layers[l-1]+f]; return String(Math.round(Math.min(6, 0.5 + 5.5*Math.abs(w)/max)*20)/20); }).join(','); };
    const drawn = edges.map((e) => e.getAttribute('stroke-width')).join(',');
    const found = [];
    for (let k = 0; k <= s.trainer.iteration; k++) if (drawOf(s.trainer.networkAt(k)) === drawn) found.push(k);
    return JSON.stringify({ it: s.trainer.iteration, wv: s.weightsVersion, found, viewedMatches: drawOf(s.trainer.network) === drawn, n: edges.length, drawn: drawn.slice(0, 60), viewed: drawOf(s.trainer.network).slice(0, 60) });
  })()`));
  await context.close();

  await trainTo(page, 300);
  await expect.poll(() => boundaryPixels(page)).not.toEqual(fresh);
  const liveEdges = await edgeDrawing(page);
  expect(liveEdges).not.toEqual(freshEdges);
  await expect(timeline(page)).toHaveValue('300');
  expect(await viewingOf(page)).toBe(300);

  await timeline(page).fill('50');
  await expect(page.getByRole('status', { name: 'Viewing' })).toHaveText('50');
  // The run's own count does not move.
  expect(await iterationOf(page)).toBe(300);
  expect(await shownParameters(page)).toEqual(freshParameters);
  // Every view at once: the boundary's pixels, the network's weights, the cost chart's marker.
  await expect.poll(() => boundaryPixels(page)).toEqual(fresh);
  await page.waitForTimeout(1000);
  const viewedEdges = await edgeDrawing(page);
  console.log('DEBUG viewed==live', JSON.stringify(viewedEdges) === JSON.stringify(liveEdges), 'viewed==fresh', JSON.stringify(viewedEdges) === JSON.stringify(freshEdges));
  console.log('DEBUG', JSON.stringify(viewedEdges.slice(0,4)), JSON.stringify(liveEdges.slice(0,4)), JSON.stringify(freshEdges.slice(0,4)));
  console.log('DEBUG state', await page.evaluate(`(() => { const s = window.backpropLab.store.getState(); return JSON.stringify({viewing: s.viewing, vv: s.viewedVersion, wv: s.weightsVersion, running: s.running, same: s.viewedNetwork === s.trainer.network}); })()`));
  await expect.poll(() => edgeDrawing(page)).toEqual(freshEdges);
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
