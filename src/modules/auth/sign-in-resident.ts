import { createHash, randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { AppError } from '../../server/errors';
import type { Notifier } from '../notify/notifier';
import { createSession, type NewSession } from './sessions';

const CODE_MINUTES = 5;
const RESEND_SECONDS = 60;
const MAX_CODES_PER_DAY = 10;
const MAX_ATTEMPTS = 5;

function codeHash(phone: string, code: string): string {
  return createHash('sha256').update(`${phone}:${code}`).digest('hex');
}

/** Sends a 6-digit sign-in code to a mobile number, at most once a minute and ten times a day. */
export async function sendResidentSignInCode(db: Db, notifier: Notifier, phone: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    // Serialise requests for the same number so two at once cannot both pass the limits.
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`sign-in-code:${phone}`}))`.execute(tx);
    const recent = await tx
      .selectFrom('sign_in_codes')
      .select((eb) => [eb.fn.countAll<number>().as('today'), eb.fn.max('created_at').as('latest')])
      .where('phone', '=', phone)
      .where('created_at', '>', sql<Date>`now() - interval '1 day'`)
      .executeTakeFirstOrThrow();
    const latest = recent.latest ? new Date(recent.latest as Date) : null;
    if (latest && Date.now() - latest.getTime() < RESEND_SECONDS * 1000) {
      const wait = RESEND_SECONDS - Math.floor((Date.now() - latest.getTime()) / 1000);
      throw new AppError(429, 'CODE_SENT_RECENTLY', `验证码已发送，请${wait}秒后再试`, {
        retryAfterSeconds: wait,
      });
    }
    if (Number(recent.today) >= MAX_CODES_PER_DAY) {
      throw new AppError(429, 'CODE_DAILY_LIMIT', '今日获取验证码次数已达上限，请明天再试');
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await tx
      .insertInto('sign_in_codes')
      .values({
        phone,
        code_hash: codeHash(phone, code),
        expires_at: new Date(Date.now() + CODE_MINUTES * 60_000),
      })
      .execute();
    await notifier.send(tx, {
      channel: 'sms',
      recipient: phone,
      purpose: 'sign_in_code',
      body: `【一次政务服务】您的登录验证码为${code}，${CODE_MINUTES}分钟内有效。如非本人操作，请忽略本短信。`,
    });
  });
}

const badCode = () => new AppError(401, 'CODE_INVALID', '验证码错误或已过期，请重新获取');

/** Checks the latest code for the number; a first sign-in creates the resident account. */
export async function signInResident(
  db: Db,
  input: { phone: string; verificationCode: string },
  client: { ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const residentId = await db.transaction().execute(async (tx) => {
    const code = await tx
      .selectFrom('sign_in_codes')
      .select(['id', 'code_hash', 'attempts'])
      .where('phone', '=', input.phone)
      .where('consumed_at', 'is', null)
      .where('expires_at', '>', new Date())
      .orderBy('created_at', 'desc')
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    if (!code || code.attempts >= MAX_ATTEMPTS) return null;
    if (code.code_hash !== codeHash(input.phone, input.verificationCode)) {
      await tx
        .updateTable('sign_in_codes')
        .set({ attempts: code.attempts + 1 })
        .where('id', '=', code.id)
        .execute();
      return null;
    }
    await tx
      .updateTable('sign_in_codes')
      .set({ consumed_at: new Date() })
      .where('id', '=', code.id)
      .execute();
    const resident = await tx
      .insertInto('residents')
      .values({ phone: input.phone })
      .onConflict((oc) => oc.column('phone').doUpdateSet({ updated_at: new Date() }))
      .returning('id')
      .executeTakeFirstOrThrow();
    return resident.id;
  });
  if (!residentId) throw badCode();
  return await createSession(db, { kind: 'resident', id: residentId }, client);
}
