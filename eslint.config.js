import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs in Node and the browser alike: no DOM, React or d3.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'd3', 'd3-*', 'zustand', '../*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded Rng instead.' },
      ],
    },
  },
  // Imports go one way: engine <- data <- training <- store <- views <- controls, app; cli uses
  // engine and data only. Within views, only a view's React shell (`XView.tsx`) knows the store:
  // painters are fed plain data. Outside a view's folder, only its index is public.
  ...[
    ['src/data/**', ['react', 'react-*', 'd3', 'zustand', '../training', '../store', '../views']],
    ['src/training/**', ['react', 'react-*', 'd3', 'zustand', '../store', '../views']],
    ['src/store/**', ['d3', '../views', '../controls', '../app', '../cli']],
    [
      'src/views/**/*View.tsx',
      ['../controls', '../app', '../../controls', '../../app', '../../cli'],
    ],
    [
      'src/views/**',
      [
        '../controls',
        '../app',
        '../../controls',
        '../../app',
        '../../cli',
        '../store',
        '../../store',
      ],
      ['src/views/**/*View.tsx'],
    ],
    ['src/controls/**', ['../views/*/*', '../cli']],
    ['src/cli/**', ['react', 'react-*', 'd3', 'zustand', '../training', '../store', '../views']],
    ['bench/**', ['**/src/views/*/*', '**/src/store', '**/src/controls', '**/src/app']],
  ].map(([files, forbidden, ignores = []]) => ({
    files: [files.endsWith('**') ? `${files}/*.{ts,tsx}` : files],
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: forbidden }] },
  })),
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  prettier,
);
