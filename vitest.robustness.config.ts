import { defineConfig } from 'vitest/config';

// `npm run test:robustness`: fuzzers (fixed seed, bounded runs) and pathological repositories.
// Kept out of `npm test` (see vitest.config.ts) because it takes minutes, not seconds.
export default defineConfig({
  test: {
    include: ['test/robustness/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
    globalSetup: ['test/robustness/global-setup.ts'],
  },
});
