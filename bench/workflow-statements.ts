import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Db } from '../src/db/database';

/**
 * The statements one request sends to PostgreSQL, read from its log with
 * log_statement = all switched on around the request alone (the platform runs
 * with JOBS=0, so nothing else talks to the database meanwhile). What the
 * pgbench script of a bench must repeat.
 */
export interface StatementLog {
  /** Hand to openBenchPlatform's `log`. */
  log: (line: string) => void;
  /** The statements logged while `run` ran, in order, each followed by its parameters after `--`. */
  capture(db: Db, run: () => Promise<void>): Promise<string[]>;
}

const STATEMENT = /LOG:\s+(?:statement|execute [^:]*):\s+(.*)$/;
const PARAMETERS = /DETAIL:\s+Parameters:\s+(.*)$/;

/** The reload reaches each backend before its next command; give it a moment. */
const settle = () => sleep(300);

export function statementLog(): StatementLog {
  let lines: string[] | null = null;
  return {
    log: (chunk) => {
      if (lines) lines.push(...chunk.split('\n'));
    },
    capture: async (db, run) => {
      await sql`ALTER SYSTEM SET log_statement = 'all'`.execute(db);
      await sql`SELECT pg_reload_conf()`.execute(db);
      await settle();
      lines = [];
      try {
        await run();
        await settle();
      } finally {
        await sql`ALTER SYSTEM RESET log_statement`.execute(db);
        await sql`SELECT pg_reload_conf()`.execute(db);
      }
      const logged = lines;
      lines = null;
      const read: string[] = [];
      for (const line of logged) {
        const statement = STATEMENT.exec(line)?.[1];
        const parameters = PARAMETERS.exec(line)?.[1];
        if (statement && !/pg_reload_conf|log_statement/.test(statement)) read.push(statement);
        else if (parameters && read.length > 0) read.push(`${read.pop()} -- ${parameters}`);
      }
      return read;
    },
  };
}
