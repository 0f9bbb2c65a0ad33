/** A seeded pseudo-random source. The engine never touches `Math.random`. */
export interface Rng {
  /** Uniform in [0, 1). Mutates the generator's state. */
  next(): number;
  /** Uniform integer in [0, maxExclusive). Mutates the generator's state. */
  nextInt(maxExclusive: number): number;
}

/**
 * Mulberry32: 32 bits of state, fast, and good enough to draw weights and mini-batch indices.
 * The same seed gives the same sequence on every JavaScript engine.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    nextInt: (maxExclusive) => Math.floor(next() * maxExclusive),
  };
}

/** Seeds are the 32-bit unsigned integers the generator's state holds. */
export const MAX_SEED = 0xffffffff;

export function isSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}
