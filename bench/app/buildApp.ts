import { build } from 'vite';

/**
 * Builds the app as `vite build` does, with the project's own config, into `outDir`. Only
 * warnings and errors are printed (on stderr), so the JSON report keeps stdout to itself.
 * Sets NODE_ENV to production and VITE_EXPOSE_STORE for this process.
 */
export async function buildApp(root: string, outDir: string): Promise<void> {
  // Vite builds for whatever NODE_ENV the shell set (a test runner sets `test`, which means
  // React's development build); the benchmark measures what people get.
  process.env.NODE_ENV = 'production';
  // The benchmark drives the page through window.backpropLab, which only this flag exposes.
  process.env.VITE_EXPOSE_STORE = 'true';
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
