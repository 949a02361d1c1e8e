import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegionTree, createStaffUser } from '../../tests/support/factories';
import { type Client, setUpTestApp, signInResident, signInStaff } from '../../tests/support/test-app';

/** Bad input is refused at the boundary in the platform's shape, never answered with a 500 (issue 12 §4). */
const t = setUpTestApp();
let admin: Client;

beforeAll(async () => {
  await createRegionTree(t.db, '440306', 1, 1);
  const user = await createStaffUser(t.db, { role: 'admin', regionCode: null });
  admin = await signInStaff(t.app, user.username, user.password);
});

const ITEM = '00000000-0000-4000-8000-000000000001';

function expectFieldRefused(response: { statusCode: number; json: () => unknown }, field: string) {
  expect(response.statusCode).toBe(400);
  const { error } = response.json() as {
    error: { code: string; message: string; details: { field: string }[] };
  };
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.details.map((problem) => problem.field)).toContain(field);
  expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(error.message).toMatch(/[a-z]{3}/);
}

describe('integers past PostgreSQL integer range', () => {
  it('refuses a catalogue version past int4 in the path', async () => {
    const response = await admin.get(`/api/catalog/manage/items/${ITEM}/versions/2147483648`);
    expectFieldRefused(response, 'version');
  });

  it('refuses a version comparison past int4 in the query', async () => {
    const response = await admin.get(`/api/catalog/manage/items/${ITEM}/compare?from=9007199254740991&to=1`);
    expectFieldRefused(response, 'from');
  });

  it("refuses a region's sort order past int4 in the body", async () => {
    const response = await admin.patch('/api/regions/440306001', { sortOrder: 2147483648 });
    expectFieldRefused(response, 'sortOrder');
  });
});

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL character in a body, naming the field', async () => {
    const response = await admin.patch('/api/regions/440306001', { name: 'a\u0000b' });
    expectFieldRefused(response, 'name');
  });

  it('refuses a NUL character in the public catalogue search', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/catalog/items?q=%00abc' });
    expectFieldRefused(response, 'q');
  });

  it('refuses a NUL character in a path parameter', async () => {
    const direct = await admin.patch('/api/regions/4403%000600', { name: '街道' });
    expectFieldRefused(direct, 'code');
  });

  it('refuses a lone surrogate, also nested and in object keys', async () => {
    const lone = await admin.request('PATCH', '/api/regions/440306001', '{"name":"\\ud800名"}', {
      'content-type': 'application/json',
    });
    expectFieldRefused(lone, 'name');
    const nested = await admin.request(
      'POST',
      '/api/certificates/import',
      '{"source":"x","items":[{"name":"x","extra":{"k\\u0000":"v"}}]}',
      { 'content-type': 'application/json' },
    );
    expectFieldRefused(nested, 'items.0.extra');
  });

  it('refuses a NUL character in a multipart upload field', async () => {
    const resident = await signInResident(t.app, t.db, '13900139222');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const response = await resident.uploadForm(
      '/api/resident/materials',
      { name: '户口\u0000簿' },
      {
        name: 'a.png',
        bytes: png,
        type: 'image/png',
      },
    );
    expectFieldRefused(response, 'name');
  });

  it('keeps ordinary Chinese text, emoji (surrogate pairs) and line breaks', async () => {
    const response = await admin.patch('/api/regions/440306001', { name: '潮鸣街道🏠\n一' });
    expect(response.statusCode).toBe(200);
  });
});

describe('requests Fastify refuses before a route', () => {
  it('answers a malformed URL in the platform shape', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/catalog/items/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'BAD_URL', details: {} });
  });

  it('refuses a JSON body in a charset other than UTF-8', async () => {
    const response = await admin.request('PATCH', '/api/regions/440306001', '{"name":"x"}', {
      'content-type': 'application/json; charset=utf-16',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_CHARSET');
    const utf8 = await admin.request('PATCH', '/api/regions/440306001', '{"name":"潮鸣"}', {
      'content-type': 'application/json; charset=UTF-8',
    });
    expect(utf8.statusCode).toBe(200);
  });

  it('answers a content type no route reads in the platform shape', async () => {
    const response = await admin.request('PATCH', '/api/regions/440306001', '<name/>', {
      'content-type': 'application/xml',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers over-long headers with 431 in the platform shape', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
      });
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 431/);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
    expect(body.error).toMatchObject({ code: 'HEADERS_TOO_LARGE', details: {} });
  });
});
