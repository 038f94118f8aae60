import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'playwright-report/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', '*.js', '*.ts', 'bench/**', 'test/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Scripts that run inside a test page stand in for a site's own code.
    files: ['test/e2e/support/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Hooks rules for React code only: Playwright fixtures also call a function named `use`.
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Shipped code never writes to the console directly: lib/log.ts is the only door, and it
    // refuses to carry email text.
    files: ['lib/**', 'entrypoints/**', 'components/**'],
    ignores: ['lib/log.ts'],
    rules: { 'no-console': 'error' },
  },
);
