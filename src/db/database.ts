import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

// int8 (bigserial ids, counts) as strings would leak into JSON; the values here stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// Dates without time (working days) stay plain strings, never shifted by a time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * Statements with parameters go as named prepared statements, so PostgreSQL parses and
 * plans each text once per connection instead of on every call (decision 0023: pgbench of
 * one approval, 250 → 527 a second). Kysely always sends its parameters as an array; a text
 * without parameters (BEGIN, a migration's script) stays a simple query, and very long
 * texts (bulk inserts, whose text varies with the batch) are not kept on the server.
 */
const PREPARED_TEXT_LIMIT = 8_000;
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    if (statementNames.size >= 10_000) statementNames.clear();
    name = `y${createHash('sha1').update(text).digest('base64url')}`;
    statementNames.set(text, name);
  }
  return name;
}

class PreparingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query overloads are not worth restating here.
  override query(...args: any[]): any {
    const [text, values] = args;
    if (
      args.length === 2 &&
      typeof text === 'string' &&
      Array.isArray(values) &&
      values.length > 0 &&
      text.length <= PREPARED_TEXT_LIMIT
    ) {
      return super.query({ name: statementName(text), text, values });
    }
    // biome-ignore lint/suspicious/noExplicitAny: passed through as given.
    return (super.query as (...all: any[]) => any)(...args);
  }
}

export function createDb(connectionString: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    Client: PreparingClient,
    max: options.max ?? 10,
    // Every session counts days and prints times in the platform's zone.
    options: '-c TimeZone=Asia/Shanghai',
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next checkout.
  pool.on('error', (error) => {
    process.stderr.write(
      `${JSON.stringify({ level: 40, msg: 'idle database connection lost', err: error.message })}\n`,
    );
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Whether the database answers, for /api/health. */
export async function pingDb(db: Db): Promise<boolean> {
  try {
    await db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    return true;
  } catch {
    return false;
  }
}
