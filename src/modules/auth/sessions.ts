import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database';

export const SESSION_COOKIE = 'yici_sid';
export const STAFF_SESSION_HOURS = 12;
export const RESIDENT_SESSION_HOURS = 24 * 7;
/** last_seen_at is refreshed at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  subject: { kind: 'staff' | 'resident'; id: string },
  client: { ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const hours = subject.kind === 'staff' ? STAFF_SESSION_HOURS : RESIDENT_SESSION_HOURS;
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await db
    .insertInto('sessions')
    .values({
      id: sessionIdOf(token),
      subject_kind: subject.kind,
      subject_id: subject.id,
      csrf_token: csrfToken,
      expires_at: expiresAt,
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

export interface StoredSession {
  id: string;
  subject_kind: 'staff' | 'resident';
  subject_id: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
}

/** Slides the session's expiry forward while it is in use. */
export async function touchSession(db: Db, session: StoredSession): Promise<void> {
  if (Date.now() - session.last_seen_at.getTime() < TOUCH_INTERVAL_MS) return;
  const hours = session.subject_kind === 'staff' ? STAFF_SESSION_HOURS : RESIDENT_SESSION_HOURS;
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date(), expires_at: new Date(Date.now() + hours * 3600_000) })
    .where('id', '=', session.id)
    .execute();
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function endSessionsOf(db: Db, kind: 'staff' | 'resident', subjectId: string, except?: string) {
  let query = db.deleteFrom('sessions').where('subject_kind', '=', kind).where('subject_id', '=', subjectId);
  if (except) query = query.where('id', '<>', except);
  await query.execute();
}
