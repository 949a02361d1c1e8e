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
 * starts it against that database. With BENCH_DB_DIR the database lives in that
 * folder and is kept after the run, so a second run can skip a long load.
 */
export interface BenchPlatform {
  db: Db;
  url: string;
  /** Starts the platform process; call after filling the database. */
  start(): Promise<PlatformProcess>;
  stop(): Promise<void>;
}

export async function openBenchPlatform(name: string): Promise<BenchPlatform> {
  const keptDir = process.env.BENCH_DB_DIR;
  const databaseDir = keptDir ?? mkdtempSync(path.join(os.tmpdir(), `yici-bench-${name}-db-`));
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
      platform = await startPlatformProcess(platformDir, { DATABASE_URL: url });
      return platform;
    },
    stop: async () => {
      await platform?.stop();
      await db.destroy();
      await server.stop();
      if (!keptDir) rmSync(databaseDir, { recursive: true, force: true });
      rmSync(platformDir, { recursive: true, force: true });
    },
  };
}
