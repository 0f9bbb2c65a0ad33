import { expect, openApp, test } from './appTest';

// Strings, not functions, go to page.evaluate: the page runs them as they are.

/**
 * The largest net the app allows, trained 300 iterations at the app's batch of 100 with the
 * parameters of iteration 250 kept aside, then its history thinned to the checkpoint at 0, as a
 * long run's stride leaves it: showing 250 is a replay of 250 steps of a few milliseconds each.
 */
const LONG_REPLAY_SETUP = `(() => {
  const get = () => window.backpropLab.store.getState();
  const flat = (net) => [...net.weights, ...net.biases].flatMap((a) => Array.from(a));
  get().pause();
  get().setClassCount(8);
  get().loadDataset('spiral');
  get().setFeatures(['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny']);
  get().setHiddenLayers([32, 32, 32, 32, 32, 32, 32, 32]);
  get().setOptimizer({ kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
  get().setLearningRate(0.001);
  get().trainer.advance(250, 0, true);
  window.__at250 = flat(get().trainer.network);
  get().trainer.advance(50, 0, true);
  const checkpoints = get().trainer.parameterHistory.checkpoints;
  checkpoints.add(checkpoints.latestAtOrBefore(300), 64 * 1024 * 1024);
  return checkpoints.count;
})()`;

/** The longest gap between animation frames from now until the views show `target`. */
const longestFrameGapUntil = (target: number) => `new Promise((done) => {
  let last = performance.now(), longest = 0;
  const tick = (now) => {
    longest = Math.max(longest, now - last);
    last = now;
    const s = window.backpropLab.store.getState();
    if (s.viewing === ${target} && s.viewTarget === null) done(longest);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('a long replay catches up over frames, saying so, and ends on the exact iteration', async ({
  page,
}) => {
  expect(await page.evaluate<number>(LONG_REPLAY_SETUP)).toBe(1);
  await expect(page.getByRole('status', { name: 'Iteration' })).toHaveText('300');
  const slider = page.getByRole('slider', { name: 'Timeline' });
  const viewing = page.getByRole('status', { name: 'Viewing' });

  await slider.fill('250');
  await expect(viewing).toHaveText(/^\d+ → 250$/);
  await expect(slider).toHaveValue('250');
  const longestGapMs = await page.evaluate<number>(longestFrameGapUntil(250));
  await expect(viewing).toHaveText('250');
  const exact = await page.evaluate<boolean>(`(() => {
    const net = window.backpropLab.store.getState().viewedNetwork;
    const shown = [...net.weights, ...net.biases].flatMap((a) => Array.from(a));
    return shown.length === window.__at250.length && shown.every((v, i) => Object.is(v, window.__at250[i]));
  })()`);
  expect(exact).toBe(true);
  // All at once, 250 steps would hold one task for half a second or more; a slice a frame keeps
  // frames flowing (the bound is loose: the machine may be shared).
  expect(longestGapMs).toBeLessThan(400);

  // Retargeting back, then Live, cancels the replay.
  await slider.fill('200');
  await expect(viewing).toHaveText(/→ 200$/);
  await page.getByRole('button', { name: 'Live' }).click();
  await expect(viewing).toHaveText('300');
  await expect(page.getByRole('button', { name: 'Live' })).toBeDisabled();
  expect(await page.evaluate<null>('window.backpropLab.store.getState().viewTarget')).toBeNull();

  // Resume from here while catching up: the run goes on from the iteration on screen.
  await slider.fill('280');
  await expect(viewing).toHaveText(/→ 280$/);
  await page.waitForTimeout(200);
  await page.getByRole('button', { name: 'Resume from here' }).click();
  const iteration = Number(await page.getByRole('status', { name: 'Iteration' }).textContent());
  expect(iteration).toBeGreaterThanOrEqual(0);
  expect(iteration).toBeLessThan(280);
  await expect(viewing).toHaveText(String(iteration));
  await expect(slider).toHaveValue(String(iteration));
});
