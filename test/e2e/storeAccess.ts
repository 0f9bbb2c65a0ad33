import type { Page } from '@playwright/test';

// Strings, not functions, go to page.evaluate: the page runs them as they are.

export interface PagePoint {
  x: number;
  y: number;
  label: number;
}

export const storePoints = (page: Page) =>
  page.evaluate<PagePoint[]>('window.backpropLab.store.getState().points');

export const storeIteration = (page: Page) =>
  page.evaluate<number>('window.backpropLab.store.getState().trainer.iteration');

/** Every weight and bias of the live network, flattened. */
export const storeParameters = (page: Page) =>
  page.evaluate<number[]>(`(() => {
    const net = window.backpropLab.store.getState().trainer.network;
    return [...net.weights, ...net.biases].flatMap((a) => Array.from(a));
  })()`);
