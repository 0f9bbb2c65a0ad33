import type { Network } from '../../engine';

const NICE_STEPS = [1, 1.5, 2, 3, 4, 5, 6, 8, 10];

/** The largest |weight| in the network; 0 for a network without weights. */
export function largestAbsoluteWeight(network: Network): number {
  let largest = 0;
  for (const w of network.weights) {
    for (let k = 0; k < w.length; k++) {
      const a = Math.abs(w[k]);
      if (a > largest) largest = a;
    }
  }
  return largest;
}

/**
 * The |weight| drawn thickest: at least 1, rounded up to 1, 1.5, 2, 3, 4, 5, 6 or 8 times a power
 * of ten, so the thickness scale changes in a few visible steps while the weights grow.
 */
export function weightScaleMax(largest: number): number {
  if (!(largest > 1) || !Number.isFinite(largest)) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  for (const step of NICE_STEPS) {
    if (step * power >= largest) return step * power;
  }
  return 10 * power;
}
