import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';

// Strings, not functions, go to page.evaluate: the page runs them as they are.

/** The boundary heatmap's pixels, as bytes. */
const boundaryPixels = (page: Page) =>
  page.evaluate<number[]>(`(() => {
    const canvas = document.querySelector('[data-testid="boundary-canvas"]');
    return Array.from(canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data);
  })()`);

/** W^layer_(to,from) of the live network. */
const storeWeight = (page: Page, layer: number, to: number, from: number) =>
  page.evaluate<number>(`(() => {
    const net = window.backpropLab.store.getState().trainer.network;
    return net.weights[${layer - 1}][${to} * net.layers[${layer - 1}] + ${from}];
  })()`);

/** Where on screen a share `t` of the way along an edge's line is (0: its sending neuron). */
const pointOnEdge = (page: Page, layer: number, from: number, to: number, t: number) =>
  page.evaluate<{ x: number; y: number }>(`(() => {
    const line = document.querySelector(
      '.network-edge-hit[data-layer="${layer}"][data-from="${from}"][data-to="${to}"]');
    const m = line.ownerSVGElement.getScreenCTM();
    const at = (a, b) => a + (b - a) * ${t};
    const x = at(line.x1.baseVal.value, line.x2.baseVal.value);
    const y = at(line.y1.baseVal.value, line.y2.baseVal.value);
    return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
  })()`);

/**
 * For each neuron [layer, index] (all shown ones when none are named), the pixels of the
 * thumbnails canvas inside its disc, read where its circle is on screen: how many differ from
 * the first (0 for a flat picture), or -1 when the disc is not painted (no thumbnail).
 */
const thumbnailSpreads = (page: Page, neurons: [number, number][] | null = null) =>
  page.evaluate<number[]>(`(() => {
    const canvas = document.querySelector('[data-testid="neuron-thumbnails"]');
    const box = canvas.getBoundingClientRect();
    const [sx, sy] = [canvas.width / box.width, canvas.height / box.height];
    const named = ${JSON.stringify(neurons)};
    const circles = named === null
      ? [...document.querySelectorAll('[data-testid="neuron"]')].filter(
          (c) => c.getAttribute('display') !== 'none')
      : named.map(([layer, index]) => document.querySelector(
          '[data-testid="neuron"][data-layer="' + layer + '"][data-index="' + index + '"]'));
    const context = canvas.getContext('2d');
    return circles.map((circle) => {
      const disc = circle.getBoundingClientRect();
      // The square well inside the disc, in canvas pixels.
      const half = (disc.width / 2) * 0.6;
      const cx = (disc.left + disc.width / 2 - box.left) * sx;
      const cy = (disc.top + disc.height / 2 - box.top) * sy;
      const size = Math.max(1, Math.round(2 * half * sx));
      const { data } = context.getImageData(Math.round(cx - half * sx), Math.round(cy - half * sy), size, size);
      let differ = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255) return -1;
        if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) differ++;
      }
      return differ;
    });
  })()`);
const thumbnailSpread = async (page: Page, layer: number, index: number) =>
  (await thumbnailSpreads(page, [[layer, index]]))[0];

/** How many shown neurons have a picture painted in their disc. */
const thumbnailCount = async (page: Page) =>
  (await thumbnailSpreads(page)).filter((spread) => spread >= 0).length;

test('click an edge, type a weight, Enter: the store holds it and the boundary changes', async ({
  page,
}) => {
  await openApp(page);
  const before = await boundaryPixels(page);
  const at = await pointOnEdge(page, 3, 0, 1, 0.3);
  await page.mouse.click(at.x, at.y);
  const field = page.getByRole('spinbutton', { name: 'Weight' });
  await expect(field).toBeFocused();
  await expect(page.getByRole('group', { name: 'Edit W^3_(2,1)' })).toBeVisible();
  await field.fill('7.5');
  await field.press('Enter');
  await expect(field).toHaveCount(0);
  expect(await storeWeight(page, 3, 1, 0)).toBe(7.5);
  await expect
    .poll(async () => {
      const after = await boundaryPixels(page);
      return after.filter((v, i) => v !== before[i]).length;
    })
    .toBeGreaterThan(1000);
  // The diagram shows it too: hovering the edge names the new value.
  await page.mouse.move(at.x, at.y);
  await expect(page.getByTestId('network-tooltip')).toHaveText('W^3_(2,1) = 7.50');

  // Training goes on from the edited weight.
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('1');
  const stepped = await storeWeight(page, 3, 1, 0);
  expect(stepped).not.toBe(7.5);
  expect(Math.abs(stepped - 7.5)).toBeLessThan(1);
});

test('a weight that is not a number or too large is refused with a notice, losing nothing', async ({
  page,
}) => {
  await openApp(page);
  const start = await storeWeight(page, 1, 2, 1);
  const at = await pointOnEdge(page, 1, 1, 2, 0.3);
  await page.mouse.click(at.x, at.y);
  const field = page.getByRole('spinbutton', { name: 'Weight' });
  await field.fill('1e9');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toContainText('A weight must be a number from -100 to 100');
  // The editor stays open with the text typed, and the weight is unchanged.
  await expect(field).toHaveValue('1e9');
  expect(await storeWeight(page, 1, 2, 1)).toBe(start);
  await field.fill('');
  await field.press('Enter');
  expect(await storeWeight(page, 1, 2, 1)).toBe(start);
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  expect(await storeWeight(page, 1, 2, 1)).toBe(start);
  await expect(page.getByRole('img', { name: /^Network 2-4-4-2/ })).toBeFocused();
});

test('dragging along an edge towards its receiving neuron raises its weight', async ({ page }) => {
  await openApp(page);
  const start = await storeWeight(page, 2, 0, 0);
  const from = await pointOnEdge(page, 2, 0, 0, 0.3);
  const to = await pointOnEdge(page, 2, 0, 0, 0.7);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => storeWeight(page, 2, 0, 0)).toBeGreaterThan(start + 0.1);
  // A drag is not a click: no editor opened.
  await expect(page.getByRole('spinbutton', { name: 'Weight' })).toHaveCount(0);
});

test('from the keyboard: focus the diagram, arrows pick an edge, Enter edits it', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('img', { name: /^Network 2-4-4-2/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('network-tooltip')).toContainText('W^1_(1,2)');
  await page.keyboard.press('Enter');
  const field = page.getByRole('spinbutton', { name: 'Weight' });
  await expect(field).toBeFocused();
  await field.fill('-2.25');
  await field.press('Enter');
  expect(await storeWeight(page, 1, 0, 1)).toBe(-2.25);
});

test('every hidden and output neuron shows its own picture of the plane', async ({ page }) => {
  await openApp(page);
  await expect.poll(() => thumbnailCount(page)).toBe(4 + 4 + 2);
  await page.evaluate('for (let i = 0; i < 300; i++) window.backpropLab.store.getState().step()');
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('300');
  const pictures = async () => {
    let varied = 0;
    for (const [layer, count] of [
      [1, 4],
      [2, 4],
      [3, 2],
    ]) {
      for (let index = 0; index < count; index++) {
        if ((await thumbnailSpread(page, layer, index)) > 20) varied++;
      }
    }
    return varied;
  };
  // A dead ReLU neuron shows a flat picture; the others vary over the plane.
  await expect.poll(pictures).toBeGreaterThanOrEqual(7);
  // Too many neurons in a column to draw a picture in each: none once the layer is drawn whole.
  await page.evaluate('window.backpropLab.store.getState().setHiddenLayers([32, 4])');
  await expect(page.getByTestId('neuron')).toHaveCount(2 + 32 + 4 + 2);
  // Folded, the wide layer shows six neurons large enough for pictures; drawn whole, none.
  await expect.poll(() => thumbnailCount(page)).toBe(6 + 4 + 2);
  await page.getByRole('button', { name: 'Show all 32 neurons of layer 1' }).click();
  await expect.poll(() => thumbnailCount(page)).toBe(0);
});

test('thumbnails of 8 hidden layers of 16 repaint every frame while training', async ({ page }) => {
  await openApp(page, '?profile');
  await page.evaluate(
    'window.backpropLab.store.getState().setHiddenLayers([16, 16, 16, 16, 16, 16, 16, 16])',
  );
  await expect.poll(() => thumbnailCount(page)).toBe(8 * 16 + 2);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1000);
  const figures = await page.evaluate<{
    fps: number;
    heatmapMeanMs: number;
    paints: number;
    meanMs: number;
    p95Ms: number;
  }>(`(async () => {
    performance.clearMeasures('backprop-lab:thumbnails');
    performance.clearMeasures('backprop-lab:heatmap');
    const start = performance.now();
    let frames = 0;
    await new Promise((resolve) => {
      const tick = () => (performance.now() - start < 3000 ? (frames++, requestAnimationFrame(tick)) : resolve());
      requestAnimationFrame(tick);
    });
    const seconds = (performance.now() - start) / 1000;
    const spans = performance.getEntriesByName('backprop-lab:thumbnails', 'measure').map((m) => m.duration).sort((a, b) => a - b);
    const heatmaps = performance.getEntriesByName('backprop-lab:heatmap', 'measure').map((m) => m.duration);
    return {
      fps: frames / seconds,
      heatmapMeanMs: heatmaps.reduce((s, d) => s + d, 0) / heatmaps.length,
      paints: spans.length / seconds,
      meanMs: spans.reduce((s, d) => s + d, 0) / spans.length,
      p95Ms: spans[Math.floor(spans.length * 0.95)],
    };
  })()`);
  console.log(`thumbnails 8x16: ${JSON.stringify(figures)}`);
  expect(figures.paints).toBeGreaterThan(5);
  // Painting all 130 thumbnails from the shared grid costs well under the grid pass itself.
  expect(figures.meanMs).toBeLessThan(figures.heatmapMeanMs / 2);
});

/** The RGBA of a pixel of a screenshot of the page, at a point in CSS pixels. */
const screenPixel = async (page: Page, { x, y }: { x: number; y: number }) => {
  const png = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
  });
  return pngPixel(page, png.toString('base64'), 0, 0);
};

/** The RGBA at (x, y) of a PNG given in base64, decoded by the page. */
const pngPixel = (page: Page, base64: string, x: number, y: number) =>
  page.evaluate<number[]>(`(async () => {
    const bytes = Uint8Array.from(atob('${base64}'), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    return Array.from(context.getImageData(${x}, ${y}, 1, 1).data);
  })()`);

test('a dense diagram is drawn off the page thread, shows its edges, and saves with its pictures', async ({
  page,
}) => {
  await openApp(page);
  await page.evaluate('window.backpropLab.store.getState().setHiddenLayers([16, 16])');
  await page.evaluate('for (let i = 0; i < 20; i++) window.backpropLab.store.getState().step()');
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('20');
  // A canvas handed to a worker has no context for the page.
  const drawnBy = await page.evaluate(`(() => {
    try { document.querySelector('[data-testid="edges-canvas"]').getContext('2d'); return 'page'; }
    catch { return 'worker'; }
  })()`);
  expect(drawnBy).toBe('worker');

  // One strong weight between the hidden layers, the others 0: its edge is drawn wide, opaque and
  // orange, with nothing over it.
  const heaviest = { from: 12, to: 5 };
  await page.evaluate(`(() => {
    const state = window.backpropLab.store.getState();
    for (let to = 0; to < 16; to++)
      for (let from = 0; from < 16; from++)
        state.setWeight(2, to, from, to === ${heaviest.to} && from === ${heaviest.from} ? 2 : 0);
  })()`);
  const isOrange = ([red, , blue]: number[]) => red - blue > 100;
  const middle = await pointOnEdge(page, 2, heaviest.from, heaviest.to, 0.5);
  await expect.poll(async () => isOrange(await screenPixel(page, middle))).toBe(true);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('region', { name: 'Network' })
      .getByRole('button', { name: 'Save image', exact: true })
      .click(),
  ]);
  const png = readFileSync((await file.path())!).toString('base64');
  // The PNG is drawn two pixels a viewBox unit.
  const inViewBox = await page.evaluate<{
    edge: [number, number];
    neuron: [number, number];
  }>(`(() => {
    const line = document.querySelector(
      '.network-edge-hit[data-layer="2"][data-from="${heaviest.from}"][data-to="${heaviest.to}"]');
    const circle = document.querySelector('[data-testid="neuron"][data-layer="1"][data-index="3"]');
    return {
      edge: [(line.x1.baseVal.value + line.x2.baseVal.value) / 2, (line.y1.baseVal.value + line.y2.baseVal.value) / 2],
      neuron: [circle.cx.baseVal.value, circle.cy.baseVal.value],
    };
  })()`);
  const [ex, ey] = inViewBox.edge.map((v) => Math.round(v * 2));
  expect(isOrange(await pngPixel(page, png, ex, ey))).toBe(true);
  // The neuron's own picture of the plane shows in its disc, as on the page.
  const [nx, ny] = inViewBox.neuron;
  const onPage = await page.evaluate<number[]>(`(() => {
    const canvas = document.querySelector('[data-testid="neuron-thumbnails"]');
    const scale = canvas.width / document.querySelector('.network-diagram svg').viewBox.baseVal.width;
    return Array.from(canvas.getContext('2d').getImageData(Math.floor(${nx} * scale), Math.floor(${ny} * scale), 1, 1).data);
  })()`);
  expect(onPage[3]).toBe(255);
  const saved = await pngPixel(page, png, Math.floor(nx * 2), Math.floor(ny * 2));
  saved.forEach((channel, i) => expect(Math.abs(channel - onPage[i])).toBeLessThanOrEqual(2));
});
