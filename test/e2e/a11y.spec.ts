import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';
import { appUrl } from './appUrl';

const themeOf = (page: Page) =>
  page.evaluate<string | undefined>('document.documentElement.dataset.theme');

const chooseTheme = async (page: Page, theme: 'light' | 'dark' | 'system') => {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
};

/** The serious and critical axe violations of the page as it is, one line each. */
const seriousViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
};

/** The middle of the first edge's hit line, on screen. */
const pointOnFirstEdge = (page: Page) =>
  page.evaluate<{ x: number; y: number }>(`(() => {
    const line = document.querySelector('.network-edge-hit');
    const m = line.ownerSVGElement.getScreenCTM();
    const x = (line.x1.baseVal.value + line.x2.baseVal.value) / 2;
    const y = (line.y1.baseVal.value + line.y2.baseVal.value) / 2;
    return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
  })()`);

/** The heatmap's pixel at the canvas's top-left corner, [r, g, b]. */
const cornerPixel = (page: Page) =>
  page.evaluate<number[]>(`(() => {
    const canvas = document.querySelector('[data-testid="boundary-canvas"]');
    return Array.from(canvas.getContext('2d').getImageData(0, 0, 1, 1).data.slice(0, 3));
  })()`);

const luminance = ([r, g, b]: number[]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation with every panel open, ${theme} theme`, async ({
    page,
  }) => {
    // Four full-page axe runs over thousands of SVG elements take most of a minute here.
    test.setTimeout(180_000);
    await openApp(page);
    await chooseTheme(page, theme);
    expect(await themeOf(page)).toBe(theme);
    expect(await seriousViolations(page)).toEqual([]);

    // The inspect panel on a point, and the How it works tour beside it.
    await page.getByRole('button', { name: 'Inspect' }).click();
    await page.getByTestId('boundary-points').locator('circle').first().click();
    const inspect = page.getByRole('region', { name: 'Inspect point' });
    await expect(inspect.locator('.katex').first()).toBeVisible();
    await page.getByRole('button', { name: 'How it works' }).click();
    const tour = page.getByRole('region', { name: 'How it works' });
    await expect(tour.locator('.katex').first()).toBeVisible();
    await expect(inspect).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // The weight editor of the network view.
    const at = await pointOnFirstEdge(page);
    await page.mouse.click(at.x, at.y);
    await expect(page.getByRole('spinbutton', { name: 'Weight' })).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // The keyboard shortcuts dialog, which `?` opens.
    await page.locator('body').focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('Theme: dark repaints the heatmap dark, is remembered and applies before the app loads', async ({
  page,
}) => {
  await openApp(page);
  expect(await themeOf(page)).toBe('light');
  const lightCorner = await cornerPixel(page);
  const lightPage = await page.evaluate<string>(
    'getComputedStyle(document.documentElement).backgroundColor',
  );

  await chooseTheme(page, 'dark');
  await expect.poll(async () => luminance(await cornerPixel(page))).toBeLessThan(0.4);
  expect(luminance(lightCorner)).toBeGreaterThan(0.6);
  expect(
    await page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor'),
  ).not.toBe(lightPage);

  // Before any script of the app runs, the page is already dark: public/theme.js set it.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.reload();
  expect(await themeOf(page)).toBe('dark');
  await page.unroute('**/assets/*.js');
  await openApp(page);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
});

test('Theme: System follows the system setting, and a stored nonsense value falls back to it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(appUrl());
  await page.evaluate(`localStorage.setItem('backprop-lab.theme', '<script>')`);
  await openApp(page);
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
  expect(await themeOf(page)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => themeOf(page)).toBe('light');
  await chooseTheme(page, 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await themeOf(page)).toBe('dark');
});

test('the views have text alternatives: points per class with accuracy, and the network shape', async ({
  page,
}) => {
  await openApp(page);
  const boundary = page.getByRole('region', { name: 'Decision boundary' });
  await expect(boundary).toHaveAccessibleDescription(
    /^\d+ points: \d+ of class 0 and \d+ of class 1\. Accuracy \d+%\.$/,
  );
  const before = await boundary.getAttribute('aria-describedby');
  expect(before).toBeTruthy();
  await page.getByLabel('Dataset').selectOption('empty');
  await expect(boundary).toHaveAccessibleDescription(/^No points yet/);
  const plane = page.getByTestId('boundary-canvas');
  const box = (await plane.boundingBox())!;
  await page.mouse.click(box.x + box.width / 3, box.y + box.height / 2);
  await expect(boundary).toHaveAccessibleDescription(
    /^1 point: 1 of class 0 and 0 of class 1\. Accuracy (0|100)%\.$/,
  );

  await expect(page.getByRole('region', { name: 'Network' })).toHaveAccessibleDescription(
    /^2-4-4-2 network, ReLU: 2 inputs, hidden layers of 4 and 4 neurons, 2 outputs\.$/,
  );
});

test('keyboard: Tab reaches Play and Theme with a visible focus ring, Space plays', async ({
  page,
}) => {
  await openApp(page);
  const play = page.getByRole('button', { name: 'Play' });
  for (let i = 0; i < 40 && !(await play.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(play).toBeFocused();
  const ring = await play.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');

  const themeSelect = page.getByRole('combobox', { name: 'Theme' });
  for (
    let i = 0;
    i < 40 && !(await themeSelect.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(themeSelect).toBeFocused();
  expect(await themeSelect.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('reduced motion: no transition lasts, and training still runs', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  // A transition any part of the page asks for is cut to nothing.
  const durationMs = await page.evaluate<number>(`(() => {
    const button = document.querySelector('button');
    button.style.transition = 'opacity 2s';
    return parseFloat(getComputedStyle(button).transitionDuration) * 1000;
  })()`);
  expect(durationMs).toBeLessThanOrEqual(0.01);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => Number(await page.getByRole('status', { name: 'Iteration' }).textContent()))
    .toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Pause' }).click();
});
