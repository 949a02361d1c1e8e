import { access } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegionTree, createStaffUser, createVerifiedResidents } from '../../../tests/support/factories';
import { pdfDocument, pngImage } from '../../../tests/support/file-fixtures';
import { type Client, setUpTestApp, signInResident, signInStaff } from '../../../tests/support/test-app';
import type { AppError } from '../../server/errors';
import { citizenIdCheckChar } from '../../shared/citizen-id';
import { SYSTEM_ACTOR } from '../auth/actor';
import { fileStoreIn } from './file-store';
import { reusableMaterialsFor } from './material-queries';
import { recordMaterialUse } from './material-uses';
import { keepFile, removeStoredFile, storeMaterial } from './stored-files';

const t = setUpTestApp();
const ownerId = (() => {
  const first17 = '33010419800202201';
  return first17 + citizenIdCheckChar(first17);
})();
let owner: Client;
let clerk: Client;
let clerkName: string;

beforeAll(async () => {
  await createRegionTree(t.db, '330104', 1, 1);
  const user = await createStaffUser(t.db, { role: 'window_clerk', regionCode: '330104001' });
  clerk = await signInStaff(t.app, user.username, user.password);
  clerkName = (await clerk.get('/api/auth/me')).json().user.displayName;
  await createVerifiedResidents(t.db, [{ phone: '13955550001', name: '赵一', idNumber: ownerId }]);
  owner = await signInResident(t.app, t.db, '13955550001');
});

const store = () => fileStoreIn(t.config.dataDir);
const onDisk = (sha256: string) =>
  access(path.join(t.config.dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256)).then(
    () => true,
    () => false,
  );
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: AppError) => error,
  );

async function residentUpload(bytes: Buffer, name = '户口簿') {
  const response = await owner.uploadForm('/api/resident/materials', { name }, { name: 'photo.png', bytes });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; file: { sha256: string } };
}

const consent = (client: Client, id: string, decision: 'confirmed' | 'withdrawn') =>
  client.post(`/api/materials/${id}/consent`, { decision });

const useIn = (materialId: string, caseRef: string) =>
  t.db.transaction().execute((tx) => recordMaterialUse(tx, { materialId, caseRef, materialKey: 'hukou' }));

describe('reuse consent', () => {
  it('keeps every confirmation and withdrawal by the owner in the app; the latest is the state', async () => {
    const material = await residentUpload(pngImage(10, 10, [1, 1, 1]));
    const mine = (await owner.get('/api/resident/materials')).json().items;
    expect(mine[0]).toMatchObject({ id: material.id, source: 'resident_upload', uploadedByName: null });
    expect(mine[0].consent.state).toBe('none');

    const confirmed = await consent(owner, material.id, 'confirmed');
    expect(confirmed.json().consent).toMatchObject({ state: 'confirmed', channel: 'app' });
    await consent(owner, material.id, 'confirmed');
    const withdrawn = (await consent(owner, material.id, 'withdrawn')).json();
    expect(withdrawn.consent.state).toBe('withdrawn');
    expect(withdrawn.consentHistory).toMatchObject([
      { decision: 'withdrawn', channel: 'app', recordedByName: '赵一' },
      { decision: 'confirmed', channel: 'app', recordedByName: '赵一' },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_kind'])
      .where('entity_id', '=', material.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'material.upload', actor_kind: 'resident' },
      { action: 'material.consent_confirm', actor_kind: 'resident' },
      { action: 'material.consent_withdraw', actor_kind: 'resident' },
    ]);
    await expect(
      t.db.deleteFrom('material_consents').where('material_id', '=', material.id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('lets a clerk record the owner’s word at the window, and shows the owner it came from the window', async () => {
    const upload = await clerk.uploadForm(
      '/api/materials',
      { ownerIdType: '111', ownerNumber: ownerId, name: '结婚证' },
      { name: 'scan.pdf', bytes: pdfDocument('window consent') },
    );
    const id = upload.json().id;
    const notGiven = await consent(clerk, id, 'withdrawn');
    expect(notGiven.statusCode).toBe(409);
    expect(notGiven.json().error.code).toBe('CONSENT_NOT_GIVEN');
    const recorded = (await consent(clerk, id, 'confirmed')).json();
    expect(recorded.consentHistory).toMatchObject([
      { decision: 'confirmed', channel: 'window', recordedByName: clerkName },
    ]);
    const seenByOwner = (await owner.get(`/api/materials/${id}`)).json();
    expect(seenByOwner.consentHistory).toMatchObject([
      { decision: 'confirmed', channel: 'window', recordedByName: null },
    ]);
    expect(seenByOwner.uploadedByName).toBeNull();
  });

  it('offers for reuse exactly the materials whose consent stands', async () => {
    const kept = await residentUpload(pngImage(11, 11, [2, 2, 2]), '房产证');
    const dropped = await residentUpload(pngImage(12, 12, [3, 3, 3]), '毕业证');
    await consent(owner, kept.id, 'confirmed');
    await consent(owner, dropped.id, 'confirmed');
    await consent(owner, dropped.id, 'withdrawn');
    const offered = await reusableMaterialsFor(t.db, '111', ownerId);
    const ids = offered.map((material) => material.id);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(dropped.id);
    expect(offered.every((material) => material.consent.state === 'confirmed')).toBe(true);
  });
});

describe('case uses and retention', () => {
  it('keeps a file a case used after consent is withdrawn, and retention refuses to delete it', async () => {
    const material = await residentUpload(pngImage(13, 13, [4, 4, 4]));
    expect((await failure(useIn(material.id, 'BJ-2026-0001'))).code).toBe('MATERIAL_NOT_CONFIRMED');
    await consent(owner, material.id, 'confirmed');
    await useIn(material.id, 'BJ-2026-0001');
    await useIn(material.id, 'BJ-2026-0001');
    await consent(owner, material.id, 'withdrawn');
    expect((await failure(useIn(material.id, 'BJ-2026-0002'))).code).toBe('MATERIAL_NOT_CONFIRMED');

    const detail = (await owner.get(`/api/materials/${material.id}`)).json();
    expect(detail.useCount).toBe(1);
    expect(detail.uses).toMatchObject([{ caseRef: 'BJ-2026-0001', materialKey: 'hukou' }]);
    expect(await onDisk(material.file.sha256)).toBe(true);
    const refused = await failure(removeStoredFile(t.db, store(), SYSTEM_ACTOR, material.file.sha256));
    expect(refused.code).toBe('FILE_STILL_REFERENCED');
    expect(refused.details).toEqual({ materials: 1, uses: 1, attachments: 0 });
    expect(await onDisk(material.file.sha256)).toBe(true);
  });

  it('refuses while a material record alone points at the file', async () => {
    const material = await residentUpload(pngImage(14, 14, [5, 5, 5]));
    const refused = await failure(removeStoredFile(t.db, store(), SYSTEM_ACTOR, material.file.sha256));
    expect(refused.details).toEqual({ materials: 1, uses: 0, attachments: 0 });
    expect(await onDisk(material.file.sha256)).toBe(true);
  });

  it('removes a file nothing refers to, from the table and the disk', async () => {
    const sha256 = await t.db
      .transaction()
      .execute((tx) => keepFile(tx, store(), pngImage(15, 15, [6, 6, 6]), 'image/png'));
    expect(await onDisk(sha256)).toBe(true);
    await removeStoredFile(t.db, store(), SYSTEM_ACTOR, sha256);
    expect(await onDisk(sha256)).toBe(false);
    const row = await t.db.selectFrom('stored_files').select('sha256').where('sha256', '=', sha256).execute();
    expect(row).toEqual([]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', sha256)
      .execute();
    expect(audit).toEqual([{ action: 'stored_file.remove' }]);
  });

  it('lets the case a material was collected for use it without reuse consent, and no other case', async () => {
    const materialId = await t.db.transaction().execute(async (tx) => {
      const stored = await storeMaterial(
        tx,
        store(),
        { bytes: pngImage(16, 16, [7, 7, 7]), mimeType: 'image/png' },
        {
          ownerIdType: '111',
          ownerNumber: ownerId,
          name: '申请表',
          catalogItemId: null,
          materialKey: null,
          source: 'case',
          collectedForCase: 'BJ-2026-0009',
          regionCode: '330104001',
          uploadedBy: { kind: 'staff', id: '00000000-0000-0000-0000-000000000000', name: '测试' },
        },
      );
      return stored.id;
    });
    await useIn(materialId, 'BJ-2026-0009');
    expect((await failure(useIn(materialId, 'BJ-2026-0010'))).code).toBe('MATERIAL_NOT_CONFIRMED');
  });
});
