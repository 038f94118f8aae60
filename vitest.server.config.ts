import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The reference backend's suites: real HTTP on loopback, on the embedded database always and on
// PostgreSQL too when REDLINE_TEST_DATABASE_URL is set (.ci/run sets it).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['test/server/**/*.test.ts', 'test/sync/**/*.server.test.ts'],
    environment: 'node',
    // Each file opens its own databases; two cores, so two files at a time.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
