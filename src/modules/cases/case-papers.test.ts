import { beforeAll, describe, expect, it } from 'vitest';
import { type ClockWorld, createClockWorld } from '../../../tests/support/clock-world';
import { jpegImage, pngImage, windowsExecutable } from '../../../tests/support/file-fixtures';
import { type Client, setUpTestApp } from '../../../tests/support/test-app';

// A small upload limit, so a scan can pass it with a small file.
const t = setUpTestApp({ maxUploadBytes: 64 * 1024 });
let world: ClockWorld;

beforeAll(async () => {
  world = await createClockWorld(t.db, t.app, '330192');
});

/** A case of the clock item at the window, its ID card not yet handed over. */
async function startedCase(): Promise<{ id: string; version: number; caseNumber: string }> {
  const started = await world.clerk.post('/api/cases', {
    itemId: world.clockItem,
    windowId: world.hall.windowId,
    applicant: { kind: 'person', number: world.residents.local },
    formData: { reason: '因病致贫' },
    materials: [{ key: 'id_card', state: 'missing' }],
  });
  expect(started.statusCode, started.body).toBe(201);
  return started.json();
}

const scan = (client: Client, caseId: string, key: string, version: number, bytes: Buffer) =>
  client.uploadForm(
    `/api/cases/${caseId}/materials/${key}/scan`,
    { version: String(version), windowId: world.hall.windowId },
    { name: 'scan.jpg', bytes },
  );

const storedFiles = async () => (await t.db.selectFrom('stored_files').select('sha256').execute()).length;

describe('a scan at the window (扫描收件)', () => {
  it('is filed under the applicant with the case and key, marks the material handed over, and reaches 我的材料', async () => {
    const started = await startedCase();
    const scanned = await scan(world.clerk, started.id, 'id_card', started.version, jpegImage());
    expect(scanned.statusCode, scanned.body).toBe(201);
    const { materialId, version } = scanned.json();
    expect(version).toBe(started.version + 1);

    const material = await t.db
      .selectFrom('materials')
      .selectAll()
      .where('id', '=', materialId)
      .executeTakeFirstOrThrow();
    expect(material).toMatchObject({
      owner_id_type: '111',
      owner_number: world.residents.local,
      name: '居民身份证',
      material_key: 'id_card',
      source: 'case',
      collected_for_case: started.caseNumber,
    });
    const check = (await world.clerk.get(`/api/cases/${started.id}/material-check`)).json();
    expect(check.materials.find((entry: { key: string }) => entry.key === 'id_card')).toMatchObject({
      state: 'provided',
      materialId,
      problem: false,
    });

    // The owner's consent, asked at the window and recorded as ever.
    const consent = await world.clerk.post(`/api/materials/${materialId}/consent`, { decision: 'confirmed' });
    expect(consent.statusCode, consent.body).toBe(200);
    const mine = (await world.resident.get('/api/resident/materials')).json().items;
    expect(mine).toEqual([
      expect.objectContaining({
        id: materialId,
        source: 'case',
        consent: expect.objectContaining({ state: 'confirmed' }),
      }),
    ]);
  });

  it('keeps the same bytes once however many materials point at them', async () => {
    const first = await startedCase();
    const second = await startedCase();
    const bytes = pngImage(31, 17, [200, 10, 10]);
    const before = await storedFiles();
    expect((await scan(world.clerk, first.id, 'id_card', first.version, bytes)).statusCode).toBe(201);
    expect((await scan(world.clerk, second.id, 'id_card', second.version, bytes)).statusCode).toBe(201);
    expect(await storedFiles()).toBe(before + 1);
  });

  it('refuses an oversized or disguised scan naming the file field, and records nothing', async () => {
    const started = await startedCase();
    const before = await storedFiles();
    const big = Buffer.concat([pngImage(), Buffer.alloc(65 * 1024, 7)]);
    const oversized = await scan(world.clerk, started.id, 'id_card', started.version, big);
    expect(oversized.statusCode).toBe(413);
    expect(oversized.json().error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: [{ field: 'file', label: '文件' }],
    });
    const disguised = await scan(world.clerk, started.id, 'id_card', started.version, windowsExecutable());
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      details: [{ field: 'file', label: '文件' }],
    });
    const unknownKey = await scan(world.clerk, started.id, 'no_such', started.version, jpegImage());
    expect(unknownKey.json().error.details[0]).toMatchObject({ field: 'materialKey' });
    expect(await storedFiles()).toBe(before);
    const check = (await world.clerk.get(`/api/cases/${started.id}/material-check`)).json();
    expect(check.version).toBe(started.version);
  });
});

describe('whoever decides sees the papers', () => {
  it('the approver on the task lists and opens the scan inline; the applicant sees the view in her read log', async () => {
    const started = await startedCase();
    const scanned = (
      await scan(world.clerk, started.id, 'id_card', started.version, pngImage(12, 40))
    ).json();
    const accepted = await world.clerk.post(`/api/cases/${started.id}/accept`, { version: scanned.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const { civilA } = world.officers;

    const papers = await civilA.client.get(`/api/cases/${started.id}/papers`);
    expect(papers.statusCode, papers.body).toBe(200);
    expect(papers.json()).toMatchObject({
      canOpen: true,
      papers: expect.arrayContaining([
        expect.objectContaining({
          key: 'id_card',
          state: 'provided',
          file: expect.objectContaining({
            materialId: scanned.materialId,
            mimeType: 'image/png',
            source: 'case',
          }),
        }),
      ]),
    });
    const opened = await civilA.client.get(`/api/cases/${started.id}/papers/${scanned.materialId}`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.headers['content-disposition']).toMatch(/^inline;/);
    const log = (await world.resident.get('/api/me/data-reads')).json().items;
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'material',
          recordName: '居民身份证',
          purpose: `审批办件 ${started.caseNumber}`,
        }),
      ]),
    );
  });

  it('a stranger gets 404; one looking on sees the list but opens nothing; the accepting clerk opens an online upload', async () => {
    const started = await startedCase();
    const scanned = (
      await scan(world.clerk, started.id, 'id_card', started.version, pngImage(13, 41))
    ).json();
    const stranger = await world.staff('catalog_editor', world.district, world.civil);
    expect((await stranger.get(`/api/cases/${started.id}/papers`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/cases/${started.id}/papers/${scanned.materialId}`)).statusCode).toBe(
      404,
    );
    // Another department's approver looks on (case.view in the district): masked, no files.
    const supervisor = world.officers.police.client;
    const listed = await supervisor.get(`/api/cases/${started.id}/papers`);
    expect(listed.json().canOpen).toBe(false);
    expect((await supervisor.get(`/api/cases/${started.id}/papers/${scanned.materialId}`)).statusCode).toBe(
      403,
    );

    // An online application's upload, private to the resident, opens for the clerk deciding the application.
    const photo = await world.resident.uploadForm(
      '/api/resident/materials',
      { name: '身份证照片' },
      { name: 'photo.png', bytes: pngImage(14, 42) },
    );
    const applied = await world.resident.post('/api/resident/cases', {
      itemId: world.clockItem,
      formData: { reason: '因病致贫' },
      materials: [{ key: 'id_card', state: 'provided', materialId: photo.json().id }],
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const file = await world.clerk.get(`/api/cases/${applied.json().id}/papers/${photo.json().id}`);
    expect(file.statusCode, file.body).toBe(200);
  });
});
