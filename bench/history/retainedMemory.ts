/**
 * The memory the process holds after a full collection: the JavaScript heap plus the array
 * buffers outside it (where a typed array's data lives once it is larger than a few dozen
 * bytes). Throws when the collector is not exposed: the bench runs under `tsx --expose-gc`.
 */
export function retainedBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    throw new Error(
      'Measuring memory needs global.gc: run under node --expose-gc (npm run bench does).',
    );
  }
  // A second pass collects what the first one's finalizers let go.
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
