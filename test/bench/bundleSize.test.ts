import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleSize } from '../../bench/app/bundleSize';

// A build as Vite and the PWA plugin lay it out, each file's text distinct so sizes differ.
const INDEX_HTML = `<!doctype html><html><head>
<script src="./theme.js"></script>
<script type="module" crossorigin src="./assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
<link rel="stylesheet" href="./assets/index-c3.css">
</head><body><div id="root"></div></body></html>`;

const FILES: Record<string, string> = {
  'index.html': INDEX_HTML,
  'theme.js': 'document.documentElement.dataset.theme="dark";',
  // The entry imports one chunk statically that the HTML does not preload, and two dynamically.
  'assets/index-a1.js':
    'import{a as r}from"./vendor-b2.js";import"./shared-d4.js";' +
    'const k=()=>import(`./katex-e5.js`);const p=()=>import("./panel-f6.js");r(k,p);',
  'assets/vendor-b2.js': 'export const a=(x,y)=>[x,y];'.repeat(20),
  'assets/shared-d4.js': 'export*from"./deep-g7.js";',
  'assets/deep-g7.js': 'export const deep=1;'.repeat(5),
  'assets/katex-e5.js': 'import"./katex-fonts-h8.js";export default{render(){}};'.repeat(30),
  'assets/katex-fonts-h8.js': 'export const fonts=[];',
  'assets/panel-f6.js': 'export const panel=2;'.repeat(10),
  // The precache list names page scripts; only `define([...])` says what the worker loads.
  'sw.js':
    'define(["./workbox-1234"],function(e){e.precacheAndRoute([{url:"assets/index-a1.js"},' +
    '{url:"theme.js"}])});',
  'workbox-1234.js': 'define(["exports"],function(e){e.precacheAndRoute=()=>{}});'.repeat(4),
};

const gzipped = (...names: string[]) =>
  names.reduce((sum, name) => sum + gzipSync(Buffer.from(FILES[name])).length, 0);

describe('bundleSize', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the scripts the page names and their static imports as initial', () => {
    const size = bundleSize(dir);
    expect(size.files.initial).toEqual([
      'assets/deep-g7.js',
      'assets/index-a1.js',
      'assets/shared-d4.js',
      'assets/vendor-b2.js',
      'theme.js',
    ]);
    expect(size.gzipBytes).toBe(
      gzipped(
        'theme.js',
        'assets/index-a1.js',
        'assets/vendor-b2.js',
        'assets/shared-d4.js',
        'assets/deep-g7.js',
      ),
    );
  });

  it('counts dynamically imported chunks and their imports as lazy', () => {
    const size = bundleSize(dir);
    expect(size.files.lazy).toEqual([
      'assets/katex-e5.js',
      'assets/katex-fonts-h8.js',
      'assets/panel-f6.js',
    ]);
    expect(size.lazyGzipBytes).toBe(
      gzipped('assets/katex-e5.js', 'assets/katex-fonts-h8.js', 'assets/panel-f6.js'),
    );
  });

  it('puts the service worker and its workbox runtime in neither part', () => {
    const size = bundleSize(dir);
    expect(size.files.serviceWorker).toEqual(['sw.js', 'workbox-1234.js']);
    expect(size.serviceWorkerGzipBytes).toBe(gzipped('sw.js', 'workbox-1234.js'));
  });

  it('counts a script the page preloads even when nothing imports it', () => {
    writeFileSync(join(dir, 'assets/index-a1.js'), 'console.log(1);');
    expect(bundleSize(dir).files.initial).toContain('assets/vendor-b2.js');
  });

  it('refuses a folder without index.html rather than calling everything lazy', () => {
    rmSync(join(dir, 'index.html'));
    expect(() => bundleSize(dir)).toThrow(/no index\.html/);
  });
});
