import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Generous: tests start CLI processes and hosts on a 2-core machine other jobs share.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Browser tests start their own host process and chromium: keep them off each other's cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
