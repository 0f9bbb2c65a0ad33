export interface BenchSettings {
  readonly quick: boolean;
  readonly engine: {
    readonly repetitions: number;
    readonly windowMs: number;
    readonly warmUpMs: number;
  };
  readonly app: { readonly settleMs: number; readonly windowMs: number; readonly windows: number };
  /** Iterations each net's run trains (see bench/historyBench.ts) and how many replays are timed. */
  readonly history: {
    readonly iterations: { readonly post: number; readonly largest: number };
    /** The largest net's replays run thousands of steps each: fewer of them. */
    readonly replays: { readonly post: number; readonly largest: number };
  };
}

/**
 * Full runs time 5 x 1 s a figure in Node and 10 s of training a case in the browser, and train
 * each history net for a million iterations.
 */
export function benchSettings(quick: boolean): BenchSettings {
  return quick
    ? {
        quick,
        engine: { repetitions: 5, windowMs: 100, warmUpMs: 100 },
        app: { settleMs: 500, windowMs: 400, windows: 5 },
        history: {
          iterations: { post: 20_000, largest: 2_000 },
          replays: { post: 20, largest: 20 },
        },
      }
    : {
        quick,
        engine: { repetitions: 5, windowMs: 1000, warmUpMs: 500 },
        app: { settleMs: 1000, windowMs: 2000, windows: 5 },
        history: {
          iterations: { post: 1_000_000, largest: 1_000_000 },
          replays: { post: 200, largest: 40 },
        },
      };
}
