import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Rebuilds dist/ when src/ is newer, so the tests that run the bundles test the current code.
    globalSetup: ['test/setup/build-dist.ts'],
  },
});
