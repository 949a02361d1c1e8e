import { beforeAll, describe, expect, it } from 'vitest';
import { createRegionTree, createStaffUser, createVerifiedResidents } from '../../../tests/support/factories';
import { pngImage } from '../../../tests/support/file-fixtures';
import { Client, setUpTestApp, signInResident, signInStaff } from '../../../tests/support/test-app';
import { citizenIdCheckChar } from '../../shared/citizen-id';
import type { Role } from '../../shared/roles';

// A small upload limit, so the limit can be passed with a small file.
const t = setUpTestApp({ maxUploadBytes: 64 * 1024 });
const citizen = (first17: string) => first17 + citizenIdCheckChar(first17);
const ownerId = citizen('33010519700101301');
const lookup = { ownerIdType: '111', ownerNumber: ownerId };
const clients = {} as Record<
  'clerkHere' | 'clerkThere' | 'districtAdmin' | 'supervisor' | 'owner' | 'stranger' | 'unverified',
  Client
>;

beforeAll(async () => {
  await createRegionTree(t.db, '330105', 2, 1);
  const staff = async (role: Role, regionCode: string) => {
    const user = await createStaffUser(t.db, { role, regionCode });
    return signInStaff(t.app, user.username, user.password);
  };
  clients.clerkHere = await staff('window_clerk', '330105001');
  clients.clerkThere = await staff('window_clerk', '330105002');
  clients.districtAdmin = await staff('admin', '330105');
  clients.supervisor = await staff('supervisor', '330105');
  await createVerifiedResidents(t.db, [
    { phone: '13955560001', name: '钱二', idNumber: ownerId },
    { phone: '13955560002', name: '孙三', idNumber: citizen('33010519700101302') },
  ]);
  clients.owner = await signInResident(t.app, t.db, '13955560001');
  clients.stranger = await signInResident(t.app, t.db, '13955560002');
  clients.unverified = await signInResident(t.app, t.db, '13955560003');
});

const scan = (client: Client, bytes: Buffer) =>
  client.uploadForm('/api/materials', { ...lookup, name: '户口簿' }, { name: 'scan.png', bytes });
const listed = async (client: Client) =>
  ((await client.post('/api/materials/lookup', lookup)).json().items as { id: string }[]).map((m) => m.id);

describe('who may see and change materials', () => {
  it('refuses staff without material.manage, and anyone not signed in', async () => {
    expect((await clients.supervisor.post('/api/materials/lookup', lookup)).statusCode).toBe(403);
    expect((await scan(clients.supervisor, pngImage())).statusCode).toBe(403);
    const anonymous = new Client(t.app);
    expect((await anonymous.post('/api/materials/lookup', lookup)).statusCode).toBe(401);
    expect((await anonymous.get('/api/resident/materials')).statusCode).toBe(401);
  });

  it('shows a scan to the region that collected it; elsewhere only while the owner’s consent stands', async () => {
    const { id } = (await scan(clients.clerkHere, pngImage(9, 9, [9, 9, 9]))).json();
    expect(await listed(clients.clerkHere)).toContain(id);
    expect(await listed(clients.districtAdmin)).toContain(id);
    expect(await listed(clients.clerkThere)).not.toContain(id);
    expect((await clients.clerkThere.get(`/api/materials/${id}`)).statusCode).toBe(404);
    expect((await clients.clerkThere.get(`/api/materials/${id}/file`)).statusCode).toBe(404);
    const recordElsewhere = await clients.clerkThere.post(`/api/materials/${id}/consent`, {
      decision: 'confirmed',
    });
    expect(recordElsewhere.statusCode).toBe(404);

    await clients.owner.post(`/api/materials/${id}/consent`, { decision: 'confirmed' });
    expect(await listed(clients.clerkThere)).toContain(id);
    expect((await clients.clerkThere.get(`/api/materials/${id}/file`)).statusCode).toBe(200);
    await clients.owner.post(`/api/materials/${id}/consent`, { decision: 'withdrawn' });
    expect(await listed(clients.clerkThere)).not.toContain(id);
  });

  it('keeps a resident’s own upload private until the resident confirms it', async () => {
    const upload = await clients.owner.uploadForm(
      '/api/resident/materials',
      { name: '身份证正面' },
      { name: 'IMG_0001.png', bytes: pngImage(8, 9, [1, 2, 3]) },
    );
    const { id } = upload.json();
    expect(await listed(clients.clerkHere)).not.toContain(id);
    expect(await listed(clients.districtAdmin)).not.toContain(id);
    await clients.owner.post(`/api/materials/${id}/consent`, { decision: 'confirmed' });
    expect(await listed(clients.clerkHere)).toContain(id);
  });

  it('serves the file to its owner and to staff who may see it, never to another resident', async () => {
    const bytes = pngImage(7, 7, [70, 80, 90]);
    const { id } = (await scan(clients.clerkHere, bytes)).json();
    const mine = await clients.owner.get(`/api/materials/${id}/file`);
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload).toEqual(bytes);
    expect(mine.headers['content-type']).toBe('image/png');
    expect(mine.headers['content-disposition']).toBe(
      `inline; filename="material.png"; filename*=UTF-8''${encodeURIComponent('户口簿.png')}`,
    );
    expect(mine.headers['x-content-type-options']).toBe('nosniff');
    const asAttachment = await clients.clerkHere.get(`/api/materials/${id}/file?download=1`);
    expect(asAttachment.headers['content-disposition']).toMatch(/^attachment;/);
    expect((await clients.stranger.get(`/api/materials/${id}/file`)).statusCode).toBe(404);
    expect((await clients.stranger.get(`/api/materials/${id}`)).statusCode).toBe(404);
    expect(
      (await clients.stranger.post(`/api/materials/${id}/consent`, { decision: 'confirmed' })).statusCode,
    ).toBe(404);
  });

  it('asks a resident without a linked ID number to verify before uploading', async () => {
    const response = await clients.unverified.uploadForm(
      '/api/resident/materials',
      { name: '户口簿' },
      { name: 'a.png', bytes: pngImage() },
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('IDENTITY_REQUIRED');
    expect((await clients.unverified.get('/api/resident/materials')).json().items).toEqual([]);
  });

  it('refuses a clerk whose home region lies outside their material grant', async () => {
    const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: '330105001' });
    await t.db
      .updateTable('staff_users')
      .set({ region_code: '330105002' })
      .where('id', '=', user.id)
      .execute();
    const clerk = await signInStaff(t.app, user.username, user.password);
    const response = await scan(clerk, pngImage(5, 5));
    expect(response.statusCode).toBe(403);
  });
});

describe('upload size limit', () => {
  it('refuses a file over the configured limit, saying the limit, and keeps nothing', async () => {
    const before = await t.db.selectFrom('stored_files').select('sha256').execute();
    const big = Buffer.concat([pngImage(), Buffer.alloc(65 * 1024, 7)]);
    const response = await scan(clients.clerkHere, big);
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: '文件超过64 KB的上限，请压缩图片或分页扫描后重新上传',
    });
    expect(await t.db.selectFrom('stored_files').select('sha256').execute()).toEqual(before);
  });
});
