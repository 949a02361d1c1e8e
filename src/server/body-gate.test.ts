import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createRegionTree, createStaffUser } from '../../tests/support/factories';
import { type Client, setUpTestApp, signInResident, signInStaff } from '../../tests/support/test-app';
import { workbookBytes } from '../../tests/support/workbook';
import { XLSX_TYPE } from '../shared/file-types';
import { DEFAULT_BODY_LIMIT, IMPORTS_AT_ONCE, registerBodyGate } from './body-gate';
import { takeImportSlot } from './import-slot';

/** No work for strangers (issue 12 §5): who may send a large body is checked before it is read. */
const t = setUpTestApp({ xlsxLimits: { maxCells: 60, maxRows: 25 } });
let admin: Client;
let adminId: string;
let editor: Client;
let resident: Client;
let origin: string;

beforeAll(async () => {
  await createRegionTree(t.db, '440307', 1, 1);
  const departmentId = await createDepartment(t.db, '440307');
  const adminUser = await createStaffUser(t.db, { role: 'admin', regionCode: null });
  const editorUser = await createStaffUser(t.db, {
    role: 'catalog_editor',
    regionCode: '440307',
    departmentId,
  });
  adminId = adminUser.id;
  admin = await signInStaff(t.app, adminUser.username, adminUser.password);
  editor = await signInStaff(t.app, editorUser.username, editorUser.password);
  resident = await signInResident(t.app, t.db, '13900139111');
  origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
});

/**
 * Announces an 18 MB body, sends its first 64 KB and waits for the answer
 * without sending the rest: an answer can only come if the server decided
 * before reading the body (otherwise it waits for the rest, and the test times out).
 */
function startSending(url: string, headers: Record<string, string> = {}): ClientRequest {
  const request = httpRequest(`${origin}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(18 * 1024 * 1024), ...headers },
  });
  request.on('error', () => {
    // The server closes the connection after refusing; the rest of the body is never sent.
  });
  request.write(Buffer.alloc(64 * 1024, 0x20));
  return request;
}

async function answerBeforeBody(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ response: IncomingMessage; body: string; stillSending: boolean }> {
  const request = startSending(url, headers);
  const response = await new Promise<IncomingMessage>((resolve) => request.on('response', resolve));
  const stillSending = !request.writableEnded;
  let body = '';
  for await (const chunk of response) body += chunk;
  request.destroy();
  return { response, body, stillSending };
}

describe('large bodies from callers who may not send them', () => {
  it('refuses a stranger before reading the body, and closes the connection', async () => {
    for (const url of [
      '/api/certificates/import',
      '/api/catalog/manage/import',
      '/api/registry/imports/preview',
    ]) {
      const { response, body, stillSending } = await answerBeforeBody(url);
      expect(stillSending).toBe(true);
      expect(response.statusCode).toBe(401);
      expect(response.headers.connection).toBe('close');
      expect(JSON.parse(body).error.code).toBe('UNAUTHENTICATED');
    }
  });

  it("refuses a stranger's multipart upload before reading it", async () => {
    const { response, stillSending } = await answerBeforeBody('/api/materials', {
      'content-type': 'multipart/form-data; boundary=----x',
    });
    expect(stillSending).toBe(true);
    expect(response.statusCode).toBe(401);
    expect(response.headers.connection).toBe('close');
  });

  it('refuses a signed-in caller without the permission before reading the body', async () => {
    const { response, body, stillSending } = await answerBeforeBody('/api/certificates/import', {
      cookie: resident.sessionCookie,
      'x-csrf-token': resident.csrfToken,
    });
    expect(stillSending).toBe(true);
    expect(response.statusCode).toBe(403);
    expect(JSON.parse(body).error.code).toBe('FORBIDDEN');
  });

  it('keeps ordinary routes to the default body limit', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(DEFAULT_BODY_LIMIT) });
    const response = await admin.request('PATCH', '/api/regions/440307001', big, {
      'content-type': 'application/json',
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('will not start with a route that takes a large body from anyone', async () => {
    const app = Fastify();
    registerBodyGate(app);
    expect(() => app.post('/api/open-door', { bodyLimit: DEFAULT_BODY_LIMIT * 2 }, async () => ({}))).toThrow(
      /needs config.bodyPermission/,
    );
    await app.close();
  });
});

describe('Excel workbooks past the bound', () => {
  /** 30 rows of 3 cells: past both bounds of this file's settings (25 rows, 60 cells). */
  async function bigWorkbook(sheetName: string): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(sheetName);
    for (let row = 1; row <= 30; row++) sheet.addRow([`甲${row}`, `乙${row}`, `丙${row}`]);
    return workbookBytes(workbook);
  }

  it('refuses a catalogue workbook with more cells than the bound, naming the bound', async () => {
    const response = await editor.upload(
      '/api/catalog/manage/import.xlsx',
      await bigWorkbook('事项'),
      XLSX_TYPE,
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'XLSX_TOO_LARGE',
      details: { maxCells: 60, maxRows: 25 },
    });
    expect(response.json().error.message).toContain('60');
  });

  it('refuses a registry workbook past the bound before reading its rows', async () => {
    const source = await admin.post('/api/registry/sources', {
      name: '超大来源',
      subjectKind: 'person',
      authority: 5,
    });
    const response = await admin.upload(
      `/api/registry/imports/preview?sourceId=${source.json().id}&fileName=people.xlsx`,
      await bigWorkbook('人员'),
      XLSX_TYPE,
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('XLSX_TOO_LARGE');
  });
});

describe('one import at a time per user', () => {
  const batch = { source: '测试源系统', items: [{}] };

  it('refuses a second import of the same user while the first runs, in any process', async () => {
    // The slot is a PostgreSQL lock: taken here as another process's running import would hold it.
    const release = await takeImportSlot(t.db, adminId);
    expect(release).not.toBeNull();
    const refused = await admin.post('/api/certificates/import', batch);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('IMPORT_IN_PROGRESS');
    await release?.();
    const after = await admin.post('/api/certificates/import', batch);
    expect(after.statusCode).not.toBe(409);
  });

  it('lets another user import meanwhile', async () => {
    const other = await createStaffUser(t.db, { role: 'admin', regionCode: null });
    const release = await takeImportSlot(t.db, other.id);
    const response = await admin.post('/api/certificates/import', batch);
    expect(response.statusCode).not.toBe(409);
    await release?.();
  });

  it("refuses a registry import while the user's last one still loads after its answer", async () => {
    const source = await admin.post('/api/registry/sources', {
      name: '在载来源',
      subjectKind: 'person',
      authority: 5,
    });
    await t.db
      .insertInto('registry_imports')
      .values({
        source_id: source.json().id,
        file_name: 'first.csv',
        file_format: 'csv',
        as_of: '2026-12-01',
        status: 'running',
        total_rows: 1,
        created_by: adminId,
      })
      .execute();
    const query = `sourceId=${source.json().id}&fileName=second.csv&asOf=2026-12-01&mapping=${encodeURIComponent('{}')}`;
    const response = await admin.upload(
      `/api/registry/imports?${query}`,
      Buffer.from('姓名\n张三\n'),
      'text/csv',
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('IMPORT_IN_PROGRESS');
  });

  it('runs at most a few imports at once in one process, whoever sends them', async () => {
    const importers = await Promise.all(
      Array.from({ length: IMPORTS_AT_ONCE + 1 }, async () => {
        const user = await createStaffUser(t.db, { role: 'admin', regionCode: null });
        return signInStaff(t.app, user.username, user.password);
      }),
    );
    const held = importers.slice(0, IMPORTS_AT_ONCE).map((importer) =>
      startSending('/api/certificates/import', {
        cookie: importer.sessionCookie,
        'x-csrf-token': importer.csrfToken,
      }),
    );
    // Each import in flight holds its slot (a PostgreSQL lock) while its body arrives.
    let slots = 0;
    while (slots < IMPORTS_AT_ONCE) {
      const { rows } = await sql<{ count: number }>`
        SELECT count(*)::int AS count FROM pg_locks WHERE locktype = 'advisory' AND classid = 71006 AND granted
      `.execute(t.db);
      slots = rows[0]?.count ?? 0;
    }
    const last = importers[IMPORTS_AT_ONCE] as Client;
    const refused = await last.post('/api/certificates/import', batch);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('IMPORTS_BUSY');
    for (const request of held) request.destroy();
  });

  it('frees the slot when an import ends, refused or not', async () => {
    await admin.post('/api/certificates/import', { items: 'not a list' });
    const release = await takeImportSlot(t.db, adminId);
    expect(release).not.toBeNull();
    await release?.();
  });
});
