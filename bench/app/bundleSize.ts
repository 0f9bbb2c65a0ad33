import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The build's JavaScript in three parts, each file gzipped on its own at zlib's default level:
 * what the page loads before its first paint, what it loads on demand, and the service worker.
 * File names are relative to the build folder, with forward slashes.
 */
export interface BundleSize {
  /** The scripts index.html loads or preloads, and every module they import statically. */
  readonly gzipBytes: number;
  /** Every other script of the page: chunks reached only by a dynamic import (KaTeX, panels). */
  readonly lazyGzipBytes: number;
  /** The service worker and the workbox runtime it loads: never part of the page. */
  readonly serviceWorkerGzipBytes: number;
  readonly files: {
    readonly initial: readonly string[];
    readonly lazy: readonly string[];
    readonly serviceWorker: readonly string[];
  };
}

/** The names the PWA plugin gives the worker it generates. */
const SERVICE_WORKER_NAMES = ['sw.js', 'service-worker.js'];

/** `<script ... src="x">` (module or classic) and `<link rel="modulepreload" href="x">`. */
const HTML_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;
const HTML_PRELOAD = /<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"/g;
/** A static import or re-export of a relative module; `import(` (dynamic) never matches. */
const STATIC_IMPORT =
  /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/g;
/**
 * The modules a worker loads: the names in `define([...])` (workbox's loader, which adds `.js`)
 * and `importScripts(...)`. The precache list's URLs are elsewhere and never match.
 */
const WORKER_LOADS = /\bdefine\(\[([^\]]*)\]|\bimportScripts\(([^)]*)\)/g;
const QUOTED = /["'`]([^"'`]+)["'`]/g;

/** Splits the JavaScript of the build in `dir` into initial, lazy and service-worker parts. */
export function bundleSize(dir: string): BundleSize {
  const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.m?js$/.test(name))
    .sort();
  const serviceWorker = serviceWorkerFiles(dir, scripts);
  const initial = initialFiles(dir, scripts);
  const lazy = scripts.filter((name) => !initial.includes(name) && !serviceWorker.includes(name));
  const gzipped = (names: readonly string[]) =>
    names.reduce((sum, name) => sum + gzipSync(readFileSync(join(dir, name))).length, 0);
  return {
    gzipBytes: gzipped(initial),
    lazyGzipBytes: gzipped(lazy),
    serviceWorkerGzipBytes: gzipped(serviceWorker),
    files: { initial, lazy, serviceWorker },
  };
}

/** The scripts index.html names, then everything they import statically, transitively. */
function initialFiles(dir: string, scripts: readonly string[]): string[] {
  const htmlPath = join(dir, 'index.html');
  if (!existsSync(htmlPath)) throw new Error(`The build in ${dir} has no index.html.`);
  const html = readFileSync(htmlPath, 'utf8');
  const named = [...html.matchAll(HTML_SCRIPT), ...html.matchAll(HTML_PRELOAD)].map((m) =>
    resolveIn('', m[1]),
  );
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name) || !scripts.includes(name)) return;
    found.add(name);
    const source = readFileSync(join(dir, name), 'utf8');
    for (const m of source.matchAll(STATIC_IMPORT)) visit(resolveIn(posix.dirname(name), m[1]));
  };
  named.forEach(visit);
  return [...found].sort();
}

/** The worker the PWA plugin writes at the build's root, and the modules it loads. */
function serviceWorkerFiles(dir: string, scripts: readonly string[]): string[] {
  const workers = scripts.filter((name) => SERVICE_WORKER_NAMES.includes(name));
  const loaded = workers.flatMap((worker) =>
    [...readFileSync(join(dir, worker), 'utf8').matchAll(WORKER_LOADS)]
      .flatMap((load) => [...(load[1] ?? load[2]).matchAll(QUOTED)])
      .map((m) => resolveIn(posix.dirname(worker), `${m[1].replace(/\.js$/, '')}.js`))
      .filter((name) => name !== worker && scripts.includes(name)),
  );
  return [...new Set([...workers, ...loaded])].sort();
}

/** `reference` (as a page or module names it) as a path relative to the build folder. */
function resolveIn(from: string, reference: string): string {
  const path = reference.split(/[?#]/)[0];
  const joined = path.startsWith('/') ? path.slice(1) : posix.join(from, path);
  return posix.normalize(joined).replace(/^\.\//, '');
}
