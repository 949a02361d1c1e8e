import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-database.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    pool: 'forks',
    // Browser journeys of a dozen screens take half a minute on two busy cores; a hung test still ends.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
