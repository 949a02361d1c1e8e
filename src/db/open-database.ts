import pg from 'pg';
import type { Config } from '../config';
import { seedShippedCalendar } from '../modules/calendar/seed-calendar';
import { createDb, type Db } from './database';
import { type EmbeddedServer, startEmbeddedServer } from './embedded-server';
import { migrate } from './migrate';

export const EMBEDDED_DATABASE = 'yici';

export interface OpenDatabase {
  db: Db;
  /** Its connection string, for what keeps its own pool (the background jobs). */
  url: string;
  embedded: EmbeddedServer | null;
  close(): Promise<void>;
}

/** Creates the database on the server if it is missing. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL when set, otherwise the embedded server under DATA_DIR; migrated to
 * the latest schema, with the official holiday schedules the platform ships.
 */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<OpenDatabase> {
  let embedded: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedServer({
      dataDir: config.dataDir,
      log: (line) => log(`[postgres] ${line}`),
      notice: log,
    });
    await ensureDatabase(embedded.connectionString('postgres'), EMBEDDED_DATABASE);
    url = embedded.connectionString(EMBEDDED_DATABASE);
  }
  const db = createDb(url);
  try {
    await migrate(db, log);
    const years = await seedShippedCalendar(db);
    if (years.length > 0) log(`working-day calendar loaded: ${years[0]}-${years.at(-1)}`);
  } catch (error) {
    await db.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    db,
    url,
    embedded,
    async close() {
      await db.destroy();
      await embedded?.stop();
    },
  };
}
