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

interface SharedServer {
  url: Promise<string>;
  users: number;
  stop(): Promise<void>;
}

const shared = globalThis as { yiciTestServer?: SharedServer };

async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-test-pg-'));
  const server = await startEmbeddedServer({ dataDir, log: () => {}, durable: false });
  await ensureDatabase(server.connectionString('postgres'), TEMPLATE_DATABASE);
  const template = createDb(server.connectionString(TEMPLATE_DATABASE), { max: 1 });
  await migrate(template);
  await seedShippedCalendar(template);
  await template.destroy();
  return {
    url: server.connectionString('postgres'),
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One embedded PostgreSQL server for the whole test run (fsync off), with a
 * migrated template database (with the shipped holiday schedules, as every
 * start loads them) that each test file clones for itself. The integration and
 * e2e projects both name this setup; the second one to run it shares the
 * first's server, which stops when the last of them ends.
 */
export default async function setup(project: TestProject) {
  if (!shared.yiciTestServer) {
    const starting = startServer();
    shared.yiciTestServer = {
      url: starting.then((server) => server.url),
      users: 0,
      stop: async () => (await starting).stop(),
    };
  }
  const server = shared.yiciTestServer;
  server.users += 1;
  project.provide('postgresUrl', await server.url);
  return async () => {
    server.users -= 1;
    if (server.users > 0) return;
    shared.yiciTestServer = undefined;
    await server.stop();
  };
}
