import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  nativeExecutable,
  pdfDocument,
  pngImage,
  windowsExecutable,
} from '../../../tests/support/file-fixtures';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';
import { DEMO_PASSWORD, DEMO_RESIDENT } from '../../seed/demo-district';
import { seedDemo } from '../../seed/seed-demo';
import { citizenIdCheckChar } from '../../shared/citizen-id';
import type { ItemContent } from '../catalog/item-content';
import { sha256Of } from './file-store';

const t = setUpTestApp();
let clerk: Client;
const citizen = (first17: string) => first17 + citizenIdCheckChar(first17);
const residentId = citizen(DEMO_RESIDENT.idNumberFirst17);
const otherCitizen = citizen('33010319900101123');

beforeAll(async () => {
  await seedDemo(t.db);
  clerk = await signInStaff(t.app, 'clerk', DEMO_PASSWORD);
});

const storedPaths = async () => {
  const root = path.join(t.config.dataDir, 'files');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
};

const upload = (fields: Record<string, string>, bytes: Buffer, name = 'scan.png', type = 'image/png') =>
  clerk.uploadForm('/api/materials', { ownerIdType: '111', ...fields }, { name, bytes, type });

describe('uploading at the window', () => {
  it('stores a scan for the owner and files it under the clerk’s street', async () => {
    const bytes = pngImage(20, 20, [200, 10, 10]);
    const response = await upload({ ownerNumber: residentId, name: '户口簿' }, bytes);
    expect(response.statusCode, response.body).toBe(201);
    const sha256 = sha256Of(bytes);
    expect(response.json()).toMatchObject({
      ownerIdType: '111',
      ownerNumberMasked: `${residentId.slice(0, 4)}**********${residentId.slice(-4)}`,
      name: '户口簿',
      source: 'window_scan',
      file: { sha256, sizeBytes: bytes.length, mimeType: 'image/png' },
      uploadedByName: '李晓燕',
      consent: { state: 'none', at: null, channel: null },
      useCount: 0,
    });
    const material = await t.db
      .selectFrom('materials')
      .selectAll()
      .where('id', '=', response.json().id)
      .executeTakeFirstOrThrow();
    expect(material.region_code).toBe('330103004');
    expect(await storedPaths()).toContain(sha256);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'after', 'region_code'])
      .where('entity_id', '=', material.id)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('material.upload');
    expect(audit.region_code).toBe('330103004');
    expect(JSON.stringify(audit.after)).not.toContain(residentId);
  });

  it('refuses executables renamed to .pdf and .jpg, and keeps nothing of them', async () => {
    const before = await storedPaths();
    for (const [bytes, name, detected] of [
      [nativeExecutable(), '身份证.pdf', 'Linux 可执行程序'],
      [windowsExecutable(), '户口本.jpg', 'Windows 可执行程序'],
    ] as const) {
      const response = await upload(
        { ownerNumber: residentId, name: '身份证' },
        bytes,
        name,
        'application/pdf',
      );
      expect(response.statusCode).toBe(415);
      expect(response.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
      expect(response.json().error.message).toContain(`检测到${detected}`);
    }
    expect(await storedPaths()).toEqual(before);
    const executables = [sha256Of(nativeExecutable()), sha256Of(windowsExecutable())];
    const rows = await t.db
      .selectFrom('stored_files')
      .select('sha256')
      .where('sha256', 'in', executables)
      .execute();
    expect(rows).toEqual([]);
  });

  it('stores a file once however often and for whomever it is uploaded', async () => {
    const bytes = pdfDocument('shared certificate');
    const uploads = [
      await upload({ ownerNumber: residentId, name: '结婚证' }, bytes, 'a.pdf'),
      await upload({ ownerNumber: residentId, name: '结婚证（另一份）' }, bytes, 'b.pdf'),
      await upload({ ownerNumber: otherCitizen, name: '结婚证' }, bytes, 'c.pdf'),
    ];
    expect(uploads.map((response) => response.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(uploads.map((response) => response.json().id)).size).toBe(3);
    const sha256 = sha256Of(bytes);
    const files = await t.db.selectFrom('stored_files').selectAll().where('sha256', '=', sha256).execute();
    expect(files).toHaveLength(1);
    expect(files[0]?.mime_type).toBe('application/pdf');
    expect((await storedPaths()).filter((name) => name === sha256)).toHaveLength(1);
  });

  it('links a scan to the catalogue material it satisfied and takes the name from it', async () => {
    const item = await t.db
      .selectFrom('catalog_items as i')
      .innerJoin('catalog_item_versions as v', (join) =>
        join.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.published_version'),
      )
      .select(['i.id', 'v.name', 'v.content'])
      .where('v.name', '=', '老年优待证办理')
      .executeTakeFirstOrThrow();
    const material = (item.content as ItemContent).materials[0];
    if (!material) throw new Error('the demo item lists no material');
    const response = await upload(
      { ownerNumber: residentId, catalogItemId: item.id, materialKey: material.key },
      pngImage(4, 4),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      name: material.name,
      catalogItemId: item.id,
      catalogItemName: '老年优待证办理',
      materialKey: material.key,
    });
    const wrongKey = await upload(
      { ownerNumber: residentId, catalogItemId: item.id, materialKey: 'no_such_material' },
      pngImage(4, 4),
    );
    expect(wrongKey.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '事项材料：该事项的申请材料中没有这一项',
    });
  });

  it('says which field is wrong: a mistyped ID number, a missing name, no file', async () => {
    const badId = await upload({ ownerNumber: `${residentId.slice(0, 17)}0`, name: '户口簿' }, pngImage());
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.message).toBe('证件号码：身份证号码校验位不正确，请核对后重新输入');
    const noName = await upload({ ownerNumber: residentId }, pngImage());
    expect(noName.json().error.message).toBe('名称：请填写材料名称');
    const noFile = await clerk.uploadForm('/api/materials', {
      ownerIdType: '111',
      ownerNumber: residentId,
      name: '户口簿',
    });
    expect(noFile.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '文件：请选择要上传的文件',
    });
    const badCredit = await upload(
      { ownerIdType: '001', ownerNumber: '91330103MA2AAAAAA1', name: '营业执照' },
      pngImage(),
    );
    expect(badCredit.json().error.details[0]).toMatchObject({ field: 'ownerNumber', label: '证件号码' });
  });

  it('keeps multipart parsing to the material routes', async () => {
    const response = await clerk.uploadForm('/api/auth/password', { currentPassword: 'x', newPassword: 'y' });
    expect(response.statusCode).toBe(415);
    const json = await clerk.post('/api/materials/lookup', { ownerIdType: '111', ownerNumber: residentId });
    expect(json.statusCode).toBe(200);
  });
});
