import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '../src/db/database';
import { startEmbeddedServer } from '../src/db/embedded-server';
import { migrate } from '../src/db/migrate';
import { ensureDatabase } from '../src/db/open-database';
import { seedDemo } from '../src/seed/seed-demo';
import { type PlatformProcess, startPlatformProcess } from '../tests/support/platform-process';

/**
 * A bench's world: its own embedded PostgreSQL with the demo district, filled
 * further by the bench through `db`, then the platform started as `npm start`
 * starts it against that database.
 */
export interface BenchPlatform {
  db: Db;
  url: string;
  /** Starts the platform process; call after filling the database. */
  start(): Promise<PlatformProcess>;
  stop(): Promise<void>;
}

export async function openBenchPlatform(name: string): Promise<BenchPlatform> {
  const databaseDir = mkdtempSync(path.join(os.tmpdir(), `yici-bench-${name}-db-`));
  const platformDir = mkdtempSync(path.join(os.tmpdir(), `yici-bench-${name}-`));
  const server = await startEmbeddedServer({ dataDir: databaseDir, log: () => {} });
  await ensureDatabase(server.connectionString('postgres'), 'yici');
  const url = server.connectionString('yici');
  const db = createDb(url);
  await migrate(db);
  await seedDemo(db);
  let platform: PlatformProcess | undefined;
  return {
    db,
    url,
    start: async () => {
      // The load comes from one address, thousands of look-ups a second: no per-address limit.
      platform = await startPlatformProcess(platformDir, { DATABASE_URL: url, PUBLIC_LOOKUP_LIMIT: '0' });
      return platform;
    },
    stop: async () => {
      await platform?.stop();
      await db.destroy();
      await server.stop();
      rmSync(databaseDir, { recursive: true, force: true });
      rmSync(platformDir, { recursive: true, force: true });
    },
  };
}
