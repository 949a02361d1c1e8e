import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/database';
import { Client } from './test-app';

/** The last one-time code the outbox holds for `phone`. */
export async function latestCode(db: Db, phone: string): Promise<string> {
  const message = await db
    .selectFrom('notifications')
    .select('body')
    .where('recipient', '=', phone)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return /验证码为(\d{6})/.exec(message.body)?.[1] ?? '';
}

/** A resident client signed in with a code read from the outbox. */
export async function signInResident(app: FastifyInstance, db: Db, phone: string): Promise<Client> {
  const client = new Client(app);
  await client.post('/api/auth/resident/code', { phone });
  await client.post('/api/auth/resident/sign-in', { phone, verificationCode: await latestCode(db, phone) });
  return client;
}
