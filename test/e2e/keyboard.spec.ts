import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { storeIteration, storePoints } from './storeAccess';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

const storeRunning = (page: Page) =>
  page.evaluate<boolean>('window.backpropLab.store.getState().running');

/** Presses Tab until `isThere` says the focus arrived; returns how many presses it took. */
async function tabUntil(page: Page, isThere: string, limit = 120): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate<boolean>(isThere)) return presses;
  }
  throw new Error(`Tab never reached: ${isThere}`);
}

const FOCUS_ON_PLAY = `(() => {
  const el = document.activeElement;
  return el instanceof HTMLButtonElement && el.textContent.trim() === 'Play';
})()`;
const FOCUS_ON_PLANE = `document.activeElement?.getAttribute('role') === 'application'`;

test.describe('by keyboard alone', () => {
  test('Tab to Play, Space starts and stops, "." steps, "r" resets', async ({ page }) => {
    const presses = await tabUntil(page, FOCUS_ON_PLAY);
    test.info().annotations.push({ type: 'Tab presses to Play', description: String(presses) });
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
    await expect.poll(() => storeIteration(page)).toBeGreaterThan(5);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
    expect(await storeRunning(page)).toBe(false);

    const before = await storeIteration(page);
    await page.keyboard.press('.');
    await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText(String(before + 1));
    await page.keyboard.press('.');
    expect(await storeIteration(page)).toBe(before + 2);
    await page.keyboard.press('r');
    await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('0');
  });

  test('on the plane, arrows move a cursor and Enter places a point there', async ({ page }) => {
    const pointsBefore = (await storePoints(page)).length;
    await page.keyboard.press('2');
    await tabUntil(page, FOCUS_ON_PLANE);
    const plane = page.getByRole('application', { name: 'Plane' });
    // The focus ring shows, and so does the cursor, at the centre.
    expect(await plane.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    const cursor = plane.locator('.boundary-cursor');
    await expect(cursor).toBeVisible();
    const status = page.locator('.boundary-cursor-status');
    await expect(status).toHaveText(/^cursor at x 0\.00, y 0\.00/);

    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowUp');
    await expect(status).toHaveText(/^cursor at x 0\.25, y 0\.20/);
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('placed a class 1 point at x 0.25, y 0.20');

    const points = await storePoints(page);
    expect(points).toHaveLength(pointsBefore + 1);
    expect(points.at(-1)).toEqual({ x: 0.25, y: 0.2, label: 1 });
    // The new circle is drawn under the cursor.
    const circle = page.getByTestId('boundary-points').locator('circle').last();
    const [drawn, ring] = [(await circle.boundingBox())!, (await cursor.boundingBox())!];
    expect(Math.abs(drawn.x + drawn.width / 2 - (ring.x + ring.width / 2))).toBeLessThan(1.5);
    expect(Math.abs(drawn.y + drawn.height / 2 - (ring.y + ring.height / 2))).toBeLessThan(1.5);

    await page.keyboard.press('Delete');
    await expect(status).toHaveText('removed the class 1 point at x 0.25, y 0.20');
    expect(await storePoints(page)).toHaveLength(pointsBefore);

    // Space on the plane plays and pauses, and the page does not scroll.
    const scrollY = await page.evaluate<number>('window.scrollY');
    await page.keyboard.press('Space');
    expect(await storeRunning(page)).toBe(true);
    await page.keyboard.press('Space');
    expect(await storeRunning(page)).toBe(false);
    expect(await page.evaluate<number>('window.scrollY')).toBe(scrollY);
  });

  test('"?" opens the Keyboard shortcuts dialog; Escape closes it, focus returns', async ({
    page,
  }) => {
    await tabUntil(page, FOCUS_ON_PLANE);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    // While it is open, the keys behind it sleep.
    await page.keyboard.press('.');
    expect(await storeIteration(page)).toBe(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('application', { name: 'Plane' })).toBeFocused();
  });
});

/** A finger held at (x, y) through the DevTools protocol, as a real touch screen sends it. */
async function touchDown(page: Page, x: number, y: number) {
  const session = await page.context().newCDPSession(page);
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  return {
    moveTo: (toX: number, toY: number) =>
      session.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: toX, y: toY }],
      }),
    lift: () => session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
  };
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap adds a point, a long press removes it, a drag moves one', async ({ page }) => {
    await page.getByLabel('Dataset').selectOption('empty');
    const plane = page.getByTestId('boundary-canvas');
    await plane.scrollIntoViewIfNeeded();
    const box = (await plane.boundingBox())!;
    const at = (fx: number, fy: number) => ({
      x: box.x + fx * box.width,
      y: box.y + fy * box.height,
    });

    const tap = at(0.3, 0.4);
    await page.touchscreen.tap(tap.x, tap.y);
    await expect.poll(async () => (await storePoints(page)).length).toBe(1);
    const circles = page.getByTestId('boundary-points').locator('circle');
    const drawn = (await circles.first().boundingBox())!;
    expect(Math.abs(drawn.x + drawn.width / 2 - tap.x)).toBeLessThan(2);
    expect(Math.abs(drawn.y + drawn.height / 2 - tap.y)).toBeLessThan(2);

    // A second tap beside it adds another; a tap on the point itself adds none.
    const beside = at(0.7, 0.7);
    await page.touchscreen.tap(beside.x, beside.y);
    await page.touchscreen.tap(tap.x + 3, tap.y - 3);
    await expect.poll(async () => (await storePoints(page)).length).toBe(2);

    // Held still, the finger removes the point under it before it lifts.
    const finger = await touchDown(page, tap.x + 4, tap.y + 2);
    await expect.poll(async () => (await storePoints(page)).length, { timeout: 3000 }).toBe(1);
    await finger.lift();
    await page.waitForTimeout(100);
    const [left] = await storePoints(page);
    expect(left.x).toBeGreaterThan(0);

    // Dragging the other point moves it, and the page does not scroll under the finger.
    const scrollY = await page.evaluate<number>('window.scrollY');
    const to = at(0.2, 0.8);
    const drag = await touchDown(page, beside.x, beside.y);
    for (let i = 1; i <= 8; i++) {
      await drag.moveTo(
        beside.x + ((to.x - beside.x) * i) / 8,
        beside.y + ((to.y - beside.y) * i) / 8,
      );
    }
    await drag.lift();
    await expect.poll(async () => (await storePoints(page))[0].x).toBeLessThan(0);
    const [moved] = await storePoints(page);
    expect(await storePoints(page)).toHaveLength(1);
    const movedCircle = (await circles.first().boundingBox())!;
    expect(Math.abs(movedCircle.x + movedCircle.width / 2 - to.x)).toBeLessThan(2);
    expect(Math.abs(movedCircle.y + movedCircle.height / 2 - to.y)).toBeLessThan(2);
    expect(moved.y).toBeLessThan(0);
    expect(await page.evaluate<number>('window.scrollY')).toBe(scrollY);
  });

  test('every control is at least 44 px to touch', async ({ page }) => {
    expect(await page.evaluate<boolean>("matchMedia('(pointer: coarse)').matches")).toBe(true);
    const tooSmall = await page.evaluate<string[]>(`(() => {
      const controls = document.querySelectorAll(
        'button, select, input, summary, a[href], [role="button"], [role="slider"]',
      );
      const small = [];
      for (const control of controls) {
        if (control.getClientRects().length === 0 || control.closest('svg')) continue;
        const toggle = control.matches('input[type="checkbox"], input[type="radio"]');
        const target = toggle ? control.closest('label') ?? control : control;
        const { width, height } = target.getBoundingClientRect();
        if (width < 44 || height < 44) {
          const name = control.getAttribute('aria-label') || control.textContent.trim() ||
            control.getAttribute('name') || control.type || control.tagName;
          small.push(name + ' ' + Math.round(width) + 'x' + Math.round(height));
        }
      }
      return small;
    })()`);
    expect(tooSmall).toEqual([]);
  });
});
