import type { Page } from '@playwright/test';
import { expect, openApp, test } from './appTest';

const open = async (page: Page, width: number, height: number) => {
  await page.setViewportSize({ width, height });
  await openApp(page);
  // The network view sizes its diagram from its first measured width.
  await page.waitForTimeout(300);
};

/** The area of each view on the page, in CSS pixels. */
const viewAreas = (page: Page) =>
  page.evaluate<Record<string, number>>(`(() => {
    const area = (name) => {
      const box = document.querySelector('section[aria-label="' + name + '"]').getBoundingClientRect();
      return box.width * box.height;
    };
    return { boundary: area('Decision boundary'), network: area('Network'), cost: area('Cost') };
  })()`);

/**
 * The smallest size any visible text in the three views is drawn at on screen: an SVG text's
 * computed size times its SVG's scale, an HTML text's computed size.
 */
const smallestViewText = (page: Page) =>
  page.evaluate<{ px: number; text: string }>(`(() => {
    let smallest = { px: Infinity, text: '' };
    const views = ['Decision boundary', 'Cost', 'Network'].map((name) =>
      document.querySelector('section[aria-label="' + name + '"]'));
    for (const view of views) {
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!node.data.trim() || element.getClientRects().length === 0) continue;
        if (element.closest('[display="none"], [hidden]')) continue;
        let px = parseFloat(getComputedStyle(element).fontSize);
        if (element instanceof SVGElement) px *= element.ownerSVGElement ? element.ownerSVGElement.getScreenCTM().a : 1;
        if (px < smallest.px) smallest = { px, text: node.data };
      }
    }
    return smallest;
  })()`);

const horizontalOverflow = (page: Page) =>
  page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );

for (const [width, height] of [
  [360, 640],
  [1280, 800],
  [2560, 1440],
]) {
  test(`at ${width}x${height} nothing overflows sideways and view text is 11 px or more`, async ({
    page,
  }) => {
    await open(page, width, height);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const smallest = await smallestViewText(page);
    expect(smallest.px, `"${smallest.text}"`).toBeGreaterThanOrEqual(10.95);
    // A wide network and a trained chart bring their own text: still readable, still inside.
    await page.evaluate(
      'window.backpropLab.store.getState().setHiddenLayers([32, 32, 32, 32, 32, 32, 32, 32])',
    );
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(page.getByTestId('network-fold')).toHaveCount(8);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const withWideNetwork = await smallestViewText(page);
    expect(withWideNetwork.px, `"${withWideNetwork.text}"`).toBeGreaterThanOrEqual(10.95);
  });
}

for (const [width, height] of [
  [1280, 800],
  [2560, 1440],
]) {
  test(`at ${width}x${height} the decision boundary is the largest view and grows with the window`, async ({
    page,
  }) => {
    await open(page, width, height);
    const areas = await viewAreas(page);
    expect(areas.boundary).toBeGreaterThan(areas.network);
    expect(areas.boundary).toBeGreaterThan(areas.cost);
    const plot = (await page.getByTestId('boundary-canvas').boundingBox())!;
    // The plot fills most of the window's height on a large screen, not a fixed 640 pixels.
    expect(plot.height).toBeGreaterThan(height * (width > 2000 ? 0.75 : 0.6));
    // The settings stay in a column of their own, beside the views and usable.
    const settings = (await page.getByRole('complementary', { name: 'Settings' }).boundingBox())!;
    expect(settings.width).toBeGreaterThan(200);
    await expect(page.getByLabel('Learning rate')).toBeVisible();
  });
}

test('on a phone Play, Step, Reset and the learning rate stay at hand while scrolling', async ({
  page,
}) => {
  await open(page, 360, 640);
  const within = async (name: string, locator = page.getByRole('button', { name })) => {
    const box = (await locator.boundingBox())!;
    expect(box.y + box.height, name).toBeLessThanOrEqual(640);
    expect(box.y, name).toBeGreaterThanOrEqual(0);
  };
  const learningRate = page.getByLabel('Learning rate', { exact: true });
  for (const scrollY of [0, 1200]) {
    await page.evaluate(`window.scrollTo(0, ${scrollY})`);
    for (const name of ['Play', 'Step', 'Reset']) await within(name);
    await within('Learning rate', learningRate);
  }
  // The field there is the real one.
  await learningRate.fill('0.05');
  await learningRate.press('Enter');
  expect(await page.evaluate('window.backpropLab.store.getState().learningRate')).toBe(0.05);
  await page.evaluate('window.scrollTo(0, 0)');
  await expect(page.getByTestId('boundary-canvas')).toBeInViewport();
});

for (const [width, height] of [
  [360, 640],
  [1280, 800],
]) {
  test(`on an 8x32 network at ${width}x${height} hovering a neuron shows its tooltip`, async ({
    page,
  }) => {
    await open(page, width, height);
    await page.evaluate(
      'window.backpropLab.store.getState().setHiddenLayers([32, 32, 32, 32, 32, 32, 32, 32])',
    );
    const neuron = (layer: number, index: number) =>
      page.locator(`[data-testid="neuron"][data-layer="${layer}"][data-index="${index}"]`);
    const tooltip = page.getByTestId('network-tooltip');
    await neuron(4, 31).scrollIntoViewIfNeeded();
    const box = (await neuron(4, 31).boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(8);
    await neuron(4, 31).hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveText(/^b\^4_32 = /);
    // Folded away, neuron 10 is not drawn; showing the whole layer draws it, and it can be hovered.
    await expect(neuron(4, 10)).toBeHidden();
    await page.getByRole('button', { name: 'Show all 32 neurons of layer 4' }).click();
    await expect(neuron(4, 10)).toBeVisible();
    const resting = (await neuron(4, 12).boundingBox())!;
    await neuron(4, 10).hover();
    await expect(tooltip).toHaveText(/^b\^4_11 = /);
    // The small neuron under the pointer grows to be seen.
    await expect
      .poll(async () => (await neuron(4, 10).boundingBox())!.width)
      .toBeGreaterThan(resting.width * 1.3);
    // And it folds again from the keyboard.
    await page.getByRole('button', { name: 'Fold layer 4 to its first and last neurons' }).focus();
    await page.keyboard.press('Enter');
    await expect(neuron(4, 10)).toBeHidden();
  });
}

/** The boxes of the + and − buttons over the hidden layers, layer by layer. */
const neuronButtonBoxes = (page: Page) =>
  page.evaluate<{ add: DOMRect; remove: DOMRect }[]>(`(() =>
    [...document.querySelectorAll('.network-layer-buttons')].map((pair) => {
      const [add, remove] = [...pair.querySelectorAll('button')].map((b) => b.getBoundingClientRect().toJSON());
      return { add, remove };
    }))()`);

const overlap = (a: DOMRect, b: DOMRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// At 1280 x 800 the pairs, side by side, overlapped by 8 px; at 2560 x 1440 there is room.
for (const [width, height, stacked] of [
  [360, 640, true],
  [1280, 800, true],
  [2560, 1440, false],
] as const) {
  test(`on 8 hidden layers at ${width}x${height} no two + and − buttons overlap`, async ({
    page,
  }) => {
    await open(page, width, height);
    await page.evaluate(
      'window.backpropLab.store.getState().setHiddenLayers([16, 16, 16, 16, 16, 16, 16, 16])',
    );
    await expect(page.locator('.network-layer-buttons')).toHaveCount(8);
    await expect(page.getByRole('group', { name: 'Neurons per hidden layer' })).toHaveClass(
      stacked ? /is-stacked/ : /^network-neuron-buttons$/,
    );
    const pairs = await neuronButtonBoxes(page);
    const buttons = pairs.flatMap(({ add, remove }) => [add, remove]);
    for (let i = 0; i < buttons.length; i++)
      for (let j = i + 1; j < buttons.length; j++)
        expect(overlap(buttons[i], buttons[j]), `buttons ${i} and ${j}`).toBe(false);
    // Side by side where there is room, one over the other where there is not.
    for (const { add, remove } of pairs) expect(remove.y > add.y).toBe(stacked);
    // The diagram below leaves them room: the first neuron stays under the buttons.
    const neuron = await page.locator('[data-testid="neuron"]').first().boundingBox();
    expect(neuron!.y).toBeGreaterThan(Math.max(...buttons.map((b) => b.y + b.height)));
    // A tap on a + still adds a neuron to its layer.
    await page.getByRole('button', { name: 'Add neuron to layer 3' }).click();
    await expect
      .poll(() => page.evaluate('window.backpropLab.store.getState().hiddenLayers[2]'))
      .toBe(17);
  });
}
