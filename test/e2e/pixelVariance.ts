import type { Locator, Page } from '@playwright/test';

/**
 * The variance of the grey levels of a screenshot of `locator`, decoded by the browser itself
 * (the PNG is drawn into a canvas): near 0 for a blank or single-colour area.
 */
export async function pixelVariance(page: Page, locator: Locator): Promise<number> {
  const png = await locator.screenshot();
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(`(async () => {
    const image = new Image();
    image.src = ${JSON.stringify(dataUrl)};
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let sum = 0, sumSquares = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const grey = 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
      sum += grey;
      sumSquares += grey * grey;
    }
    const mean = sum / n;
    return sumSquares / n - mean * mean;
  })()`);
}
