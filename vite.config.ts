import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base: the built dist/ works from any sub-path.
  base: './',
  plugins: [react()],
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
