import { describe, expect, it } from 'vitest';
import { Client, latestSignInCode, setUpTestApp, signInResident } from '../../../tests/support/test-app';
import { citizenIdCheckChar } from '../../shared/citizen-id';

const t = setUpTestApp();

const latestCode = (phone: string) => latestSignInCode(t.db, phone);

const validId = (first17: string) => first17 + citizenIdCheckChar(first17);

const signedInResident = (phone: string) => signInResident(t.app, t.db, phone);

describe('resident sign-in by mobile number and one-time code', () => {
  it('sends a code to the outbox and signs in with it once', async () => {
    const client = new Client(t.app);
    expect((await client.post('/api/auth/resident/code', { phone: '13912340001' })).statusCode).toBe(200);
    const code = await latestCode('13912340001');
    expect(code).toMatch(/^\d{6}$/);
    const stored = await t.db
      .selectFrom('sign_in_codes')
      .select('code_hash')
      .where('phone', '=', '13912340001')
      .execute();
    expect(stored[0]?.code_hash).not.toContain(code);
    const signedIn = await client.post('/api/auth/resident/sign-in', {
      phone: '13912340001',
      verificationCode: code,
    });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ kind: 'resident', phoneMasked: '139****0001', name: null });
    const again = await new Client(t.app).post('/api/auth/resident/sign-in', {
      phone: '13912340001',
      verificationCode: code,
    });
    expect(again.json().error.code).toBe('CODE_INVALID');
  });

  it('refuses a second code within a minute', async () => {
    const client = new Client(t.app);
    await client.post('/api/auth/resident/code', { phone: '13912340002' });
    const second = await client.post('/api/auth/resident/code', { phone: '13912340002' });
    expect(second.statusCode).toBe(429);
    expect(second.json().error.code).toBe('CODE_SENT_RECENTLY');
    expect(second.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('kills a code after five wrong guesses', async () => {
    const client = new Client(t.app);
    await client.post('/api/auth/resident/code', { phone: '13912340003' });
    const code = await latestCode('13912340003');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      await client.post('/api/auth/resident/sign-in', { phone: '13912340003', verificationCode: wrong });
    }
    const right = await client.post('/api/auth/resident/sign-in', {
      phone: '13912340003',
      verificationCode: code,
    });
    expect(right.json().error.code).toBe('CODE_INVALID');
  });

  it('refuses a malformed mobile number with a Chinese message naming the field', async () => {
    const response = await new Client(t.app).post('/api/auth/resident/code', { phone: '1234' });
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '手机号码：请输入11位手机号码',
    });
  });

  it('links a citizen ID number, saying which check failed for a bad one', async () => {
    const client = await signedInResident('13912340004');
    const good = validId('33010319800101001');
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const refused = await client.put('/api/resident/identity', { name: '王小明', idNumber: badCheck });
    expect(refused.json().error.message).toBe('身份证号码：身份证号码校验位不正确，请核对后重新输入');
    const linked = await client.put('/api/resident/identity', { name: '王小明', idNumber: good });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().user).toMatchObject({
      name: '王小明',
      idNumberMasked: `3301**********${good.slice(-4)}`,
      // Nobody vouches for it (the registry does not hold the number): linked, unverified.
      identity: 'unverified',
    });

    const other = await signedInResident('13912340005');
    const taken = await other.put('/api/resident/identity', { name: '王小明', idNumber: good });
    expect(taken.json().error.code).toBe('ID_NUMBER_TAKEN');
  });

  it('keeps residents out of staff screens', async () => {
    const client = await signedInResident('13912340006');
    expect((await client.get('/api/regions')).statusCode).toBe(403);
  });
});
