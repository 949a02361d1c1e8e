import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectOf, reachesDatabase, testProjects } from './test-projects';

/** The split of the suite into unit, integration and e2e (vitest.config.ts), and what keeps rules pure. */

const pureFolder = (file: string) => file.startsWith('src/shared/') || /^src\/.+\/rules\//.test(file);

describe('test projects', () => {
  it('keeps the rules of src/shared and every rules/ folder away from the database, so their tests run as unit', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .map((entry) => `src/${entry}`)
      .filter((file) => pureFolder(file) && /\.tsx?$/.test(file));
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((file) => reachesDatabase(file))).toEqual([]);
    const { unit } = testProjects();
    expect(unit).toContain('src/shared/citizen-id.test.ts');
    expect(sources.filter((file) => file.endsWith('.test.ts') && !unit.includes(file))).toEqual([]);
  });

  it('runs a test that reaches the database through its helpers as integration, and journeys as e2e', () => {
    expect(projectOf('src/modules/cases/intake.test.ts')).toBe('integration');
    expect(projectOf('src/db/schema.test.ts')).toBe('integration');
    expect(projectOf('tests/e2e/intake-journey.test.ts')).toBe('e2e');
    expect(projectOf('tests/process/restart.test.ts')).toBe('e2e');
    expect(projectOf('tests/support/test-projects.test.ts')).toBe('unit');
  });
});
