import type { Page } from '@playwright/test';
import { expect, test } from './appTest';
import { appUrl } from './appUrl';

// Runs in the page before its own scripts: records every Content-Security-Policy violation.
const RECORD_VIOLATIONS = `
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`;

const cspViolations = (page: Page) => page.evaluate<string[]>('window.cspViolations');
const readout = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const costOf = async (page: Page) => Number(await readout(page, 'Cost').textContent());
const iterationOf = async (page: Page) => Number(await readout(page, 'Iteration').textContent());

/** Neither NaN nor Infinity anywhere in the page's text. */
async function expectNoNonFiniteText(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|Infinity/);
}

/** Types into the learning rate key by key, as a person does, then presses Enter. */
async function typeRate(page: Page, text: string) {
  const field = page.getByLabel('Learning rate', { exact: true });
  await field.click();
  await field.press('ControlOrMeta+a');
  await page.keyboard.type(text, { delay: 150 });
  await page.keyboard.press('Enter');
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto(appUrl());
  await expect(readout(page, 'Iteration')).toHaveText('0');
});

test.afterEach(async ({ page }) => {
  expect(await cspViolations(page)).toEqual([]);
});

test('a learning rate of 1e6 typed mid-run is refused with a notice and the run goes on', async ({
  page,
}) => {
  // The policy is in force: an inline script would be refused (and counted as a violation).
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(policy).toHaveAttribute('content', /script-src 'self';/);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => iterationOf(page)).toBeGreaterThan(20);
  await typeRate(page, '1e6');
  await expect(page.getByRole('alert')).toContainText(/learning rate must be/i);
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.2');
  // The run never saw a rate of 1 on the way to 1e6: it is still running and finite.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const at = await iterationOf(page);
  await expect.poll(() => iterationOf(page)).toBeGreaterThan(at);
  expect(Number.isFinite(await costOf(page))).toBe(true);
  await expectNoNonFiniteText(page);
});

test('a run that diverges mid-run recovers when the rate is lowered and Play pressed', async ({
  page,
}) => {
  // A linear network at the highest rate the field takes blows up within a few steps.
  await page.getByLabel('Activation').selectOption('linear');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => iterationOf(page)).toBeGreaterThan(20);
  await typeRate(page, '10');
  await expect(page.getByRole('alert')).toContainText(/diverged/i);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const diverged = await costOf(page);
  expect(Number.isFinite(diverged)).toBe(true);
  // The weights kept are from before the cost blew up, not a cost of 1e156.
  expect(diverged).toBeLessThan(100);
  await expectNoNonFiniteText(page);

  // Hover every view while the diverged weights are shown.
  for (const name of ['Decision boundary', 'Cost', 'Network']) {
    const box = (await page.getByRole('region', { name }).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expectNoNonFiniteText(page);
  }

  await typeRate(page, '0.01');
  await page.getByRole('button', { name: 'Play' }).click();
  const resumedAt = await iterationOf(page);
  await expect.poll(() => iterationOf(page), { timeout: 15_000 }).toBeGreaterThan(resumedAt + 200);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const recovered = await costOf(page);
  expect(Number.isFinite(recovered)).toBe(true);
  expect(recovered).toBeLessThan(diverged);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expectNoNonFiniteText(page);
  // Every cost axis label is inside the chart, none clipped at its left edge.
  const chart = (await page
    .locator('.cost-axis-y')
    .locator('xpath=ancestor::*[name()="svg"][1]')
    .boundingBox())!;
  const labels = page.locator('.cost-axis-y .tick text');
  expect(await labels.count()).toBeGreaterThan(1);
  for (const label of await labels.all()) {
    expect((await label.boundingBox())!.x).toBeGreaterThanOrEqual(chart.x);
  }
});
