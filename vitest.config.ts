import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/server/**', 'test/sync/**/*.server.test.ts', 'node_modules/**'],
    // fake-indexeddb is installed per test file (see test/setup.ts); real IndexedDB is only used end to end.
    setupFiles: ['test/setup.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
