import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  readonly gzipBytes: number;
  readonly files: number;
}

/** Every JavaScript file under `dir`, each gzipped on its own (zlib's default level), summed. */
export function bundleSize(dir: string): BundleSize {
  const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    /\.m?js$/.test(name),
  );
  const gzipBytes = scripts.reduce(
    (sum, name) => sum + gzipSync(readFileSync(join(dir, name))).length,
    0,
  );
  return { gzipBytes, files: scripts.length };
}
