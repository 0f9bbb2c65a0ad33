import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { storeIteration } from './storeAccess';

// Remakes the README's pictures in docs/. They are committed, so an ordinary run leaves them
// alone: `UPDATE_DOCS=1 npm run test:e2e -- test/e2e/docs.spec.ts` writes them.
test.skip(!process.env.UPDATE_DOCS, 'set UPDATE_DOCS=1 to remake the pictures in docs/');

const docsFile = (name: string) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));

/** The iterations the strip shows, one frame each: the post's run from its start to its end. */
const FRAME_ITERATIONS = [0, 30, 100, 300, 1000];
const FRAME_WIDTH_PX = 240;

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
});

const costOf = async (page: Page) =>
  Number(await page.getByRole('status', { name: 'Cost', exact: true }).textContent());

/** Reads a PNG's width and height from its header. */
const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});

test('docs/screenshot.png: the app mid-training', async ({ page }) => {
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => storeIteration(page), { timeout: 30_000 }).toBeGreaterThan(250);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const picture = await page.screenshot();
  expect(pngSize(picture)).toEqual({ width: 1280, height: 800 });
  writeFileSync(docsFile('screenshot.png'), picture);
});

test('docs/training-run.png: the decision boundary at five moments of one run', async ({
  page,
  context,
}) => {
  await page.getByLabel('Speed').selectOption('max');
  // The heatmap with the points and axes drawn over it.
  const boundary = page
    .getByRole('region', { name: 'Decision boundary' })
    .locator('.boundary-plot');
  const frames: { png: string; caption: string }[] = [];
  for (const iteration of FRAME_ITERATIONS) {
    if (iteration > 0) {
      const stopAt = page.getByLabel('Stop at iteration');
      await stopAt.fill(String(iteration));
      await stopAt.press('Enter');
      await page.getByRole('button', { name: 'Play' }).click();
      // The run stops by itself exactly at the chosen iteration.
      await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
      expect(await storeIteration(page)).toBe(iteration);
    }
    // Two frames: the painters have drawn the weights the run stopped with.
    await page.evaluate(
      'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
    );
    const cost = await costOf(page);
    expect(Number.isFinite(cost)).toBe(true);
    frames.push({
      png: (await boundary.screenshot()).toString('base64'),
      caption: `iteration ${iteration}, cost ${cost.toFixed(3)}`,
    });
  }

  // The frames go side by side on a canvas, in a blank page of their own.
  const sheet = await context.newPage();
  const dataUrl = await sheet.evaluate<string>(`(async () => {
    const frames = ${JSON.stringify(frames)};
    const width = ${FRAME_WIDTH_PX}, gap = 12, captionHeight = 28;
    const images = await Promise.all(frames.map(({ png }) => new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = reject;
      image.src = 'data:image/png;base64,' + png;
    })));
    const height = Math.round(width * images[0].naturalHeight / images[0].naturalWidth);
    const canvas = document.createElement('canvas');
    canvas.width = frames.length * width + (frames.length + 1) * gap;
    canvas.height = height + captionHeight + 2 * gap;
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#1a202c';
    context.font = '14px system-ui, sans-serif';
    context.textAlign = 'center';
    images.forEach((image, i) => {
      const x = gap + i * (width + gap);
      context.drawImage(image, x, gap, width, height);
      context.fillText(frames[i].caption, x + width / 2, gap + height + 20);
    });
    return canvas.toDataURL('image/png');
  })()`);
  const strip = Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
  expect(pngSize(strip).width).toBe(FRAME_ITERATIONS.length * (FRAME_WIDTH_PX + 12) + 12);
  writeFileSync(docsFile('training-run.png'), strip);
});
