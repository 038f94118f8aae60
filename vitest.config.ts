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
    // Vitest's 5 s default failed a 1 MB test on a loaded CI machine. Unit tests claim no speed
    // (that is `npm run bench`); the limit only stops a hang, so it is generous.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
