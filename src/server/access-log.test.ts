import { rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../tests/support/factories';
import { testIdNumber } from '../../tests/support/registry-files';
import { type Client, signInStaff, testConfig, testContext } from '../../tests/support/test-app';
import { createTestDatabase } from '../../tests/support/test-database';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { auditActorOf } from '../modules/auth/actor';
import { buildApp } from './app';

/**
 * No log line holds a full ID number or phone number: reads by number take
 * them in the body, and the request serializer masks any that still arrive
 * in a URL. Resident actors appear in the audit log with the phone masked.
 */

const ID_NUMBER = testIdNumber('330103', 42);
const PHONE = '13912345678';
const lines: string[] = [];
let app: FastifyInstance;
let db: Db;
let config: Config;
let drop: () => Promise<void>;
let admin: Client;

beforeAll(async () => {
  const database = await createTestDatabase();
  ({ db, drop } = database);
  config = await testConfig(database.url, { logLevel: 'info' });
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await buildApp(await testContext(db, database.url, config), { logStream });
  await app.ready();
  const user = await createStaffUser(db, { role: 'admin', regionCode: null });
  admin = await signInStaff(app, user.username, user.password);
});

afterAll(async () => {
  await app?.close();
  await app?.ctx.jobs.stop();
  await drop?.();
  if (config) await rm(config.dataDir, { recursive: true, force: true });
});

describe('the access log', () => {
  it('holds no full ID or phone number, from a URL or a body', async () => {
    await admin.get(`/api/registry/persons/${ID_NUMBER}?purpose=${encodeURIComponent('数据治理')}`);
    await admin.get(`/api/cases?applicantNumber=${ID_NUMBER}`);
    await admin.get(`/api/certificates?holderNumber=${ID_NUMBER}`);
    await admin.get(`/api/outbox?phone=${PHONE}`);
    await admin.post('/api/registry/persons/lookup', { idNumber: ID_NUMBER, purpose: '数据治理' });
    await admin.post('/api/cases/lookup', { applicantNumber: ID_NUMBER });
    await admin.post('/api/certificates/lookup', { holderNumber: ID_NUMBER });
    expect((await admin.post('/api/outbox/lookup', { phone: PHONE })).statusCode).toBe(200);
    const log = lines.join('');
    expect(log).toContain('/api/outbox/lookup');
    expect(log).toContain(`/api/outbox?phone=139****5678`);
    expect(log).toContain(`/api/registry/persons/${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`);
    expect(log).not.toContain(ID_NUMBER);
    expect(log).not.toContain(PHONE);
  });
});

describe('resident actors in the audit log', () => {
  it('are recorded and shown with the phone masked, also rows written before masking', async () => {
    const resident = {
      kind: 'resident' as const,
      id: '00000000-0000-4000-8000-000000000001',
      phone: PHONE,
      name: null,
      claimedIdNumber: null,
      identityVerified: false,
      sessionId: 's',
      csrfToken: 'c',
    };
    expect(auditActorOf(resident, null).name).toBe('139****5678');
    await db
      .insertInto('audit_log')
      .values({
        actor_kind: 'resident',
        actor_id: null,
        actor_name: PHONE,
        action: 'material.upload',
        entity_type: 'material',
        entity_id: 'm1',
        region_code: null,
      })
      .execute();
    const shown = await admin.get('/api/audit-log?entityType=material');
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json().items[0]).toMatchObject({ actorKind: 'resident', actorName: '139****5678' });
    expect(shown.body).not.toContain(PHONE);
  });
});
