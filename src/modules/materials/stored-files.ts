import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import type { MaterialSource, OwnerIdType } from '../../db/schema';
import { conflict } from '../../server/errors';
import type { AllowedMimeType } from '../../shared/material-files';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor } from '../auth/actor';
import { type FileStore, sha256Of } from './file-store';

/**
 * Storing and removing one content is serialised by an advisory lock on its
 * hash, so a removal can never run between an upload's write and its row.
 */
async function lockStoredFile(tx: Tx, sha256: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`stored-file:${sha256}`}))`.execute(tx);
}

/** Keeps the bytes (once per content) and their stored_files row; returns the hash. */
export async function keepFile(
  tx: Tx,
  store: FileStore,
  bytes: Buffer,
  mimeType: AllowedMimeType,
): Promise<string> {
  const sha256 = sha256Of(bytes);
  await lockStoredFile(tx, sha256);
  await store.put(bytes);
  await tx
    .insertInto('stored_files')
    .values({ sha256, size_bytes: bytes.length, mime_type: mimeType })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return sha256;
}

export interface NewMaterial {
  ownerIdType: OwnerIdType;
  ownerNumber: string;
  name: string;
  catalogItemId: string | null;
  materialKey: string | null;
  source: MaterialSource;
  /** Required for source 'case': the case it was collected for. */
  collectedForCase: string | null;
  regionCode: string | null;
  uploadedBy: { kind: 'staff' | 'resident'; id: string; name: string };
}

/**
 * Files a checked file under its owner, inside the caller's transaction.
 * Also for intake, which collects materials with source 'case'.
 */
export async function storeMaterial(
  tx: Tx,
  store: FileStore,
  file: { bytes: Buffer; mimeType: AllowedMimeType },
  material: NewMaterial,
): Promise<{ id: string; sha256: string }> {
  const sha256 = await keepFile(tx, store, file.bytes, file.mimeType);
  const row = await tx
    .insertInto('materials')
    .values({
      owner_id_type: material.ownerIdType,
      owner_number: material.ownerNumber,
      file_sha256: sha256,
      name: material.name,
      catalog_item_id: material.catalogItemId,
      material_key: material.materialKey,
      source: material.source,
      collected_for_case: material.collectedForCase,
      region_code: material.regionCode,
      uploaded_by_kind: material.uploadedBy.kind,
      uploaded_by_id: material.uploadedBy.id,
      uploaded_by_name: material.uploadedBy.name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, sha256 };
}

/**
 * The retention function, and the only way a stored file is ever deleted:
 * refused while any material record (and so any case use of one) or any
 * officer's attachment points at it.
 * Withdrawing consent never comes here.
 */
export async function removeStoredFile(
  db: Db,
  store: FileStore,
  audit: AuditActor,
  sha256: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await lockStoredFile(tx, sha256);
    const file = await tx
      .selectFrom('stored_files')
      .selectAll()
      .where('sha256', '=', sha256)
      .forUpdate()
      .executeTakeFirst();
    const references = await tx
      .selectFrom('materials as m')
      .leftJoin('material_uses as u', 'u.material_id', 'm.id')
      .select((eb) => [
        eb.fn.count<number>('m.id').distinct().as('materials'),
        eb.fn.count<number>('u.id').as('uses'),
      ])
      .where('m.file_sha256', '=', sha256)
      .executeTakeFirstOrThrow();
    // An officer's attachment to a case is an official record too (workflow/attachments).
    const attached = await tx
      .selectFrom('case_attachments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('file_sha256', '=', sha256)
      .executeTakeFirstOrThrow();
    const materials = Number(references.materials);
    const uses = Number(references.uses);
    const attachments = Number(attached.count);
    if (materials > 0 || uses > 0 || attachments > 0) {
      throw conflict(
        'FILE_STILL_REFERENCED',
        `该文件仍被${materials}份材料、${uses}个办件、${attachments}份办理附件引用，不能删除`,
        { materials, uses, attachments },
      );
    }
    if (file) await tx.deleteFrom('stored_files').where('sha256', '=', sha256).execute();
    await store.remove(sha256);
    await recordAudit(tx, audit, {
      action: 'stored_file.remove',
      entityType: 'stored_file',
      entityId: sha256,
      before: file ? { sizeBytes: file.size_bytes, mimeType: file.mime_type } : null,
    });
  });
}
