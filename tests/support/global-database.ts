import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/db/database';
import { startEmbeddedServer } from '../../src/db/embedded-server';
import { migrate } from '../../src/db/migrate';
import { ensureDatabase } from '../../src/db/open-database';
import { seedShippedCalendar } from '../../src/modules/calendar/seed-calendar';

export const TEMPLATE_DATABASE = 'yici_template';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * One embedded PostgreSQL server for the whole test run (fsync off), with a
 * migrated template database (with the shipped holiday schedules, as every
 * start loads them) that each test file clones for itself.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-test-pg-'));
  const server = await startEmbeddedServer({ dataDir, log: () => {}, durable: false });
  await ensureDatabase(server.connectionString('postgres'), TEMPLATE_DATABASE);
  const template = createDb(server.connectionString(TEMPLATE_DATABASE), { max: 1 });
  await migrate(template);
  await seedShippedCalendar(template);
  await template.destroy();
  project.provide('postgresUrl', server.connectionString('postgres'));
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
