import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
 * starts it against that database. With `keepIn` (BENCH_DB_DIR for the registry
 * bench, BENCH_DATA_DIR for intake) the database is kept in that folder after the
 * run, so a second run can skip a long load.
 */
export interface BenchPlatform {
  db: Db;
  url: string;
  /** The PostgreSQL cluster's folder (its postmaster.pid names the server process). */
  clusterDir: string;
  /** Starts the platform process; call after filling the database. */
  start(env?: Record<string, string>): Promise<PlatformProcess>;
  /** Stops the platform process alone (to restart it with other settings). */
  stopPlatform(): Promise<void>;
  stop(): Promise<void>;
}

export interface BenchPlatformOptions {
  /**
   * A folder that keeps the database between runs (a bench that loads millions
   * of rows loads them once); without it everything goes in a temporary folder
   * removed at the end.
   */
  keepIn?: string | undefined;
  /** PostgreSQL's own log lines (e.g. to read the statements an operation sends). */
  log?: (line: string) => void;
}

export async function openBenchPlatform(
  name: string,
  options: BenchPlatformOptions = {},
): Promise<BenchPlatform> {
  const kept = options.keepIn ? path.resolve(options.keepIn) : null;
  if (kept) mkdirSync(path.join(kept, 'platform'), { recursive: true });
  const databaseDir = kept
    ? path.join(kept, 'db')
    : mkdtempSync(path.join(os.tmpdir(), `yici-bench-${name}-db-`));
  const platformDir = kept
    ? path.join(kept, 'platform')
    : mkdtempSync(path.join(os.tmpdir(), `yici-bench-${name}-`));
  const server = await startEmbeddedServer({ dataDir: databaseDir, log: options.log ?? (() => {}) });
  await ensureDatabase(server.connectionString('postgres'), 'yici');
  const url = server.connectionString('yici');
  const db = createDb(url);
  await migrate(db);
  await seedDemo(db);
  let platform: PlatformProcess | undefined;
  const stopPlatform = async () => {
    await platform?.stop();
    platform = undefined;
  };
  return {
    db,
    url,
    clusterDir: path.join(databaseDir, 'pg'),
    start: async (env = {}) => {
      // The load comes from one address, thousands of look-ups a second: no per-address limit.
      // Sign-ins come from spread forwarded addresses (bench-sessions.ts), believed from loopback.
      platform = await startPlatformProcess(platformDir, {
        DATABASE_URL: url,
        PUBLIC_LOOKUP_LIMIT: '0',
        TRUST_PROXY: 'loopback',
        ...env,
      });
      return platform;
    },
    stopPlatform,
    stop: async () => {
      await stopPlatform();
      await db.destroy();
      await server.stop();
      if (kept) return;
      rmSync(databaseDir, { recursive: true, force: true });
      rmSync(platformDir, { recursive: true, force: true });
    },
  };
}

/** Tells how many errors the platform logged during a bench, and the first. */
export function sayPlatformErrors(output: string, say: (line: string) => void): void {
  const failures = output.split('\n').filter((line) => line.includes('"level":50'));
  if (failures.length > 0)
    say(`platform logged ${failures.length} errors, the first: ${failures[0]?.slice(0, 600)}`);
}
