import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // UI tests each start a server and a browser; run files one at a time on the 2-core machines.
    fileParallelism: false,
  },
})
