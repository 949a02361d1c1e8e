import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type Db } from '../../src/db/database';

/** A fresh database for one test file, cloned from the migrated template (or empty, unmigrated). */
export async function createTestDatabase(
  options: { empty?: boolean } = {},
): Promise<{ db: Db; url: string; drop(): Promise<void> }> {
  const serverUrl = inject('postgresUrl');
  const name = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : 'yici_template'}`);
  await admin.end();
  const url = serverUrl.replace(/\/postgres$/, `/${name}`);
  const db = createDb(url, { max: 5 });
  return {
    db,
    url,
    async drop() {
      await db.destroy();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
