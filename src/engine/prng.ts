/** A seeded pseudo-random source. The engine never touches `Math.random`. */
export interface Rng {
  /** Uniform in [0, 1). Mutates the generator's state. */
  next(): number;
  /** Uniform integer in [0, maxExclusive). Mutates the generator's state. */
  nextInt(maxExclusive: number): number;
  /** The generator's whole state, RNG_STATE_LENGTH numbers, to hand to `restore` later. */
  state(): number[];
  /**
   * Continues the stream from a state returned by `state()`: the draws that follow are those
   * that followed it. Throws a RangeError on anything else. Allocates nothing. Mutates the
   * generator's state.
   */
  restore(state: ArrayLike<number>): void;
}

/** How many numbers `Rng.state()` returns. */
export const RNG_STATE_LENGTH = 1;

/** Seeds are the 32-bit unsigned integers the generator's state holds. */
export const MAX_SEED = 0xffffffff;

export function isSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/**
 * Mulberry32: 32 bits of state, fast, and good enough to draw weights and mini-batch indices.
 * The same seed gives the same sequence on every JavaScript engine.
 */
export function createRng(seed: number): Rng {
  let current = seed >>> 0;
  const next = (): number => {
    current = (current + 0x6d2b79f5) >>> 0;
    let t = current;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    nextInt: (maxExclusive) => Math.floor(next() * maxExclusive),
    state: () => [current],
    restore(state) {
      if (state.length !== RNG_STATE_LENGTH || !isSeed(state[0])) {
        throw new RangeError(
          `A random stream's state is one integer from 0 to ${MAX_SEED}, found ${Array.from(state).join(', ')}.`,
        );
      }
      current = state[0];
    },
  };
}
