export interface BenchSettings {
  readonly quick: boolean;
  readonly engine: {
    readonly repetitions: number;
    readonly windowMs: number;
    readonly warmUpMs: number;
  };
  readonly app: { readonly settleMs: number; readonly windowMs: number; readonly windows: number };
}

/** Full runs time 5 x 1 s a figure in Node and 10 s of training a case in the browser. */
export function benchSettings(quick: boolean): BenchSettings {
  return quick
    ? {
        quick,
        engine: { repetitions: 5, windowMs: 100, warmUpMs: 100 },
        app: { settleMs: 500, windowMs: 400, windows: 5 },
      }
    : {
        quick,
        engine: { repetitions: 5, windowMs: 1000, warmUpMs: 500 },
        app: { settleMs: 1000, windowMs: 2000, windows: 5 },
      };
}
