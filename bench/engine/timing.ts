/**
 * How many units of work `run` gets through per second: calls it back to back until `windowMs`
 * of wall time have passed (at least once), counting whole calls only.
 */
export function ratePerSecond(run: () => void, unitsPerRun: number, windowMs: number): number {
  const start = performance.now();
  let runs = 0;
  let elapsedMs: number;
  do {
    run();
    runs++;
    elapsedMs = performance.now() - start;
  } while (elapsedMs < windowMs);
  return (runs * unitsPerRun) / (elapsedMs / 1000);
}

/** Calls `run` back to back for `durationMs`, so the JIT has compiled it before timing starts. */
export function warmUp(run: () => void, durationMs: number): void {
  ratePerSecond(run, 1, durationMs);
}
