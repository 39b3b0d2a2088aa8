import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/robustness/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
