import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser tests start their own host process and chromium: keep them off each other's cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
