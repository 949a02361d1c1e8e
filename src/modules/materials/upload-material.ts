import type { Db } from '../../db/database';
import type { MaterialSource } from '../../db/schema';
import { AppError, forbidden, invalidField } from '../../server/errors';
import { maskOwnerNumber } from '../../shared/material-files';
import { hasPermission } from '../../shared/roles';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor, ResidentActor, StaffActor } from '../auth/actor';
import type { ItemContent } from '../catalog/item-content';
import type { FileStore } from './file-store';
import { checkFileContent } from './file-type-check';
import { audienceOf, materialById, toMaterialView } from './material-queries';
import type { MaterialFields, MaterialView, Owner } from './schemas';
import { storeMaterial } from './stored-files';

export interface UploadedFile {
  bytes: Buffer;
  limitBytes: number;
}

/**
 * The catalogue material a file satisfied, checked against the item's
 * published material list; its name stands in when the uploader gave none.
 */
async function catalogMaterialName(db: Db, fields: MaterialFields): Promise<string | null> {
  if (!fields.catalogItemId) {
    if (fields.materialKey) throw invalidField('catalogItemId', '选择材料前请先选择事项');
    return null;
  }
  const item = await db
    .selectFrom('catalog_items as i')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.published_version'),
    )
    .select('v.content')
    .where('i.id', '=', fields.catalogItemId)
    .executeTakeFirst();
  if (!item) throw invalidField('catalogItemId', '该事项不存在或尚未发布');
  if (!fields.materialKey) return null;
  const material = (item.content as ItemContent).materials.find((entry) => entry.key === fields.materialKey);
  if (!material) throw invalidField('materialKey', '该事项的申请材料中没有这一项');
  return material.name;
}

interface Upload {
  owner: Owner;
  fields: MaterialFields;
  file: UploadedFile;
  source: MaterialSource;
  regionCode: string | null;
  uploader: StaffActor | ResidentActor;
  audit: AuditActor;
}

/** Checks the content, then stores the file and the material record in one transaction. */
async function upload(db: Db, store: FileStore, input: Upload): Promise<MaterialView> {
  const mimeType = await checkFileContent(input.file.bytes, input.file.limitBytes);
  const catalogName = await catalogMaterialName(db, input.fields);
  const name = input.fields.name ?? catalogName;
  if (!name) throw invalidField('name', '请填写材料名称');
  const { uploader } = input;
  const id = await db.transaction().execute(async (tx) => {
    const stored = await storeMaterial(
      tx,
      store,
      { bytes: input.file.bytes, mimeType },
      {
        ...input.owner,
        name,
        catalogItemId: input.fields.catalogItemId ?? null,
        materialKey: input.fields.materialKey ?? null,
        source: input.source,
        collectedForCase: null,
        regionCode: input.regionCode,
        uploadedBy: { kind: uploader.kind, id: uploader.id, name: input.audit.name },
      },
    );
    await recordAudit(tx, input.audit, {
      action: 'material.upload',
      entityType: 'material',
      entityId: stored.id,
      regionCode: input.regionCode,
      after: {
        owner: `${input.owner.ownerIdType}:${maskOwnerNumber(input.owner.ownerNumber)}`,
        name,
        catalogItemId: input.fields.catalogItemId ?? null,
        materialKey: input.fields.materialKey ?? null,
        source: input.source,
        sha256: stored.sha256,
        sizeBytes: input.file.bytes.length,
        mimeType,
      },
    });
    return stored.id;
  });
  return toMaterialView(await materialById(db, id), audienceOf(uploader));
}

/**
 * A clerk scans a material for an owner at the window. The material is filed
 * under the clerk's home region, which one of their material.manage grants must cover.
 */
export async function uploadAtWindow(
  db: Db,
  store: FileStore,
  actor: StaffActor,
  audit: AuditActor,
  fields: Owner & MaterialFields,
  file: UploadedFile,
): Promise<MaterialView> {
  if (!actor.regionCode || !hasPermission(actor.grants, 'material.manage', actor.regionCode)) {
    throw forbidden('只能在您所属区划的窗口收取材料，请联系管理员设置所属区划和授权');
  }
  const { ownerIdType, ownerNumber, ...rest } = fields;
  return upload(db, store, {
    owner: { ownerIdType, ownerNumber },
    fields: rest,
    file,
    source: 'window_scan',
    regionCode: actor.regionCode,
    uploader: actor,
    audit,
  });
}

/** A resident uploads a photo or PDF of their own material in the app. */
export async function uploadInApp(
  db: Db,
  store: FileStore,
  actor: ResidentActor,
  audit: AuditActor,
  fields: MaterialFields,
  file: UploadedFile,
): Promise<MaterialView> {
  if (!actor.claimedIdNumber) {
    throw new AppError(409, 'IDENTITY_REQUIRED', '请先完成实名认证，材料将归入您的身份证号码名下');
  }
  return upload(db, store, {
    owner: { ownerIdType: '111', ownerNumber: actor.claimedIdNumber },
    fields,
    file,
    source: 'resident_upload',
    regionCode: null,
    uploader: actor,
    audit,
  });
}
