import { sql } from 'kysely';
import type { Db } from '../db/database';
import { AppError } from './errors';

/** The first key of the per-user import locks (pg_try_advisory_lock(int, int)); the second is the user's. */
const IMPORT_LOCKS = 71_006;

export const importInProgress = () =>
  new AppError(
    409,
    'IMPORT_IN_PROGRESS',
    '您的另一项导入还在进行，请等它完成后再导入 (another import of yours is still running; try again when it has finished)',
  );

/**
 * Each user runs one bulk import at a time, across every process: the import
 * holds a session advisory lock keyed by the user on a connection of its own
 * from before its body is read until its answer is sent. A second import by
 * the same user meanwhile gets null (the caller refuses it); a process that
 * dies drops its connection and with it the lock.
 */
export function takeImportSlot(db: Db, userId: string): Promise<(() => Promise<void>) | null> {
  return new Promise((resolve, reject) => {
    let release = () => {};
    const released = new Promise<void>((done) => {
      release = done;
    });
    const key = sql`${IMPORT_LOCKS}::int, hashtext(${userId})`;
    const held = db.connection().execute(async (connection) => {
      const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_lock(${key}) AS locked`.execute(
        connection,
      );
      if (!rows[0]?.locked) return false;
      // Resolves once the lock is given back, so a caller that awaits it knows the slot is free.
      resolve(async () => {
        release();
        await held;
      });
      await released;
      await sql`SELECT pg_advisory_unlock(${key})`.execute(connection);
      return true;
    });
    held.then((locked) => {
      if (!locked) resolve(null);
    }, reject);
  });
}
