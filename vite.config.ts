import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The dev server injects an inline React Refresh script and style elements, which the page's
 * Content-Security-Policy forbids: the policy is left out while serving for development only.
 * Builds, previews and the end-to-end tests keep it.
 */
const devWithoutCsp: Plugin = {
  name: 'backprop-lab:dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/s, ''),
};

// The service worker precaches the whole build so the app opens and trains with no network.
// It updates prompt-style: a new build waits until the page's `Reload` (src/app/serviceWorker.ts)
// asks it to take over, so an open page never mixes two builds' files.
const offline = VitePWA({
  registerType: 'prompt',
  // src/app/serviceWorker.ts registers it from the app's own bundle: no inline script for the CSP.
  injectRegister: false,
  manifest: {
    name: 'Backprop Lab',
    short_name: 'Backprop Lab',
    description: 'A neural network written from scratch trains live on points you place.',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#2b6cb0',
    background_color: '#f4f6f8',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Every file of the build, lazy chunks (KaTeX) included. Of KaTeX's three font formats only
    // woff2 is precached: every browser that runs a service worker reads woff2.
    globPatterns: ['**/*.{js,css,html,svg,woff2}'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  // Relative base: the built dist/ works from any sub-path.
  base: './',
  plugins: [react(), offline, devWithoutCsp],
  build: { target: 'es2022' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/{engine,data,cli,training,store,bench}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/{views,controls,app}/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setupDom.ts'],
        },
      },
    ],
  },
});
