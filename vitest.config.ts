import { defineConfig } from 'vitest/config';
import { testProjects } from './tests/support/test-projects.ts';

/** The projects and which file goes where: tests/support/test-projects.ts. */
const files = testProjects();
const onDatabase = { globalSetup: ['tests/support/global-database.ts'] };

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    pool: 'forks',
    // Browser journeys of a dozen screens take half a minute on two busy cores; a hung test still ends.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    projects: [
      // Pure rules: no PostgreSQL is started for them.
      { extends: true, test: { name: 'unit', include: files.unit } },
      { extends: true, test: { name: 'integration', include: files.integration, ...onDatabase } },
      { extends: true, test: { name: 'e2e', include: files.e2e, ...onDatabase } },
    ],
  },
});
