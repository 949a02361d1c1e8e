import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import { withinRegions } from '../../db/region-scope';
import type { OwnerIdType } from '../../db/schema';
import { notFound } from '../../server/errors';
import { type AllowedMimeType, maskOwnerNumber } from '../../shared/material-files';
import { regionRootsFor } from '../../shared/roles';
import { type Actor, type ResidentActor, type StaffActor, verifiedIdNumberOf } from '../auth/actor';
import { type RecordRead, subjectKindOfIdType } from '../privacy/record-reads';
import type { MaterialDetail, MaterialView } from './schemas';

/** Materials with their file, catalogue item and current consent (the latest history row). */
function selectMaterials(db: Db | Tx) {
  return db
    .selectFrom('materials as m')
    .innerJoin('stored_files as f', 'f.sha256', 'm.file_sha256')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('material_consents')
          .select(['decision', 'channel', 'recorded_at'])
          .whereRef('material_id', '=', 'm.id')
          .orderBy('id', 'desc')
          .limit(1)
          .as('c'),
      (join) => join.onTrue(),
    )
    .leftJoin('catalog_items as i', 'i.id', 'm.catalog_item_id')
    .leftJoin('catalog_item_versions as iv', (join) =>
      join.onRef('iv.item_id', '=', 'i.id').onRef('iv.version', '=', 'i.published_version'),
    )
    .select((eb) => [
      'm.id',
      'm.owner_id_type',
      'm.owner_number',
      'm.name',
      'm.catalog_item_id',
      'm.material_key',
      'm.source',
      'm.region_code',
      'm.collected_for_case',
      'm.uploaded_by_name',
      'm.created_at',
      'f.sha256',
      'f.size_bytes',
      'f.mime_type',
      'iv.name as catalog_item_name',
      'c.decision as consent_decision',
      'c.channel as consent_channel',
      'c.recorded_at as consent_at',
      eb
        .selectFrom('material_uses')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('material_uses.material_id', '=', 'm.id')
        .as('use_count'),
    ])
    .orderBy('m.created_at', 'desc');
}

type MaterialQuery = ReturnType<typeof selectMaterials>;
export type MaterialRow = Awaited<ReturnType<MaterialQuery['executeTakeFirstOrThrow']>>;

/** Who is looking: the owner sees their own, staff see what their scope or the owner's consent allows. */
export type Audience = 'owner' | 'staff';

export function toMaterialView(row: MaterialRow, audience: Audience): MaterialView {
  return {
    id: row.id,
    ownerIdType: row.owner_id_type,
    ownerNumberMasked: maskOwnerNumber(row.owner_number),
    name: row.name,
    catalogItemId: row.catalog_item_id,
    catalogItemName: row.catalog_item_name,
    materialKey: row.material_key,
    source: row.source,
    file: { sha256: row.sha256, sizeBytes: row.size_bytes, mimeType: row.mime_type as AllowedMimeType },
    uploadedByName: audience === 'staff' ? row.uploaded_by_name : null,
    createdAt: row.created_at.toISOString(),
    consent: {
      state: row.consent_decision ?? 'none',
      at: row.consent_at?.toISOString() ?? null,
      channel: row.consent_channel ?? null,
    },
    useCount: Number(row.use_count ?? 0),
  };
}

/**
 * Staff with material.manage see a material collected in their regions, or one
 * whose owner has confirmed it for reuse (so any window can offer it again).
 * A resident's own uploads stay private until the resident confirms them.
 */
function visibleToStaff(actor: StaffActor) {
  const roots = regionRootsFor(actor.grants, 'material.manage');
  // Without the permission anywhere, not even confirmed materials.
  if (roots?.length === 0) return (query: MaterialQuery): MaterialQuery => query.where(sql.lit(false));
  return (query: MaterialQuery): MaterialQuery =>
    query.where((eb) =>
      eb.or([
        eb.and([eb('m.region_code', 'is not', null), withinRegions(eb, 'm.region_code', roots)]),
        eb('c.decision', '=', 'confirmed'),
      ]),
    );
}

/**
 * A resident owns the materials filed under their verified citizen ID number;
 * before verification they see only what they uploaded from this account.
 */
function ownedBy(resident: ResidentActor) {
  const verified = verifiedIdNumberOf(resident);
  if (verified) {
    return (query: MaterialQuery): MaterialQuery =>
      query.where('m.owner_id_type', '=', '111').where('m.owner_number', '=', verified);
  }
  return (query: MaterialQuery): MaterialQuery =>
    query.where('m.uploaded_by_kind', '=', 'resident').where('m.uploaded_by_id', '=', resident.id);
}

function visibleTo(actor: Actor) {
  return actor.kind === 'staff' ? visibleToStaff(actor) : ownedBy(actor);
}

/** The material if this actor may see it, else 404 (also for one that does not exist). */
export async function findVisibleMaterial(db: Db | Tx, actor: Actor, id: string): Promise<MaterialRow> {
  const row = await selectMaterials(db).where('m.id', '=', id).$call(visibleTo(actor)).executeTakeFirst();
  if (!row) throw notFound('材料');
  return row;
}

export async function listOwnerMaterialsForStaff(
  db: Db,
  actor: StaffActor,
  owner: { ownerIdType: OwnerIdType; ownerNumber: string },
): Promise<MaterialView[]> {
  const rows = await selectMaterials(db)
    .where('m.owner_id_type', '=', owner.ownerIdType)
    .where('m.owner_number', '=', owner.ownerNumber)
    .$call(visibleToStaff(actor))
    .execute();
  return rows.map((row) => toMaterialView(row, 'staff'));
}

export async function listMyMaterials(db: Db, resident: ResidentActor): Promise<MaterialView[]> {
  const rows = await selectMaterials(db).$call(ownedBy(resident)).execute();
  return rows.map((row) => toMaterialView(row, 'owner'));
}

/** A staff member opening the material's file, as the owner's read log records it (privacy/record-reads). */
export const materialRead = (row: MaterialRow, purpose: string): RecordRead => ({
  subject: { kind: subjectKindOfIdType(row.owner_id_type), number: row.owner_number },
  recordKind: 'material',
  recordId: row.id,
  recordName: row.name,
  purpose,
});

/** A material already known to be visible, read again after a change (no scope check). */
export async function materialById(db: Db | Tx, id: string): Promise<MaterialRow> {
  return await selectMaterials(db).where('m.id', '=', id).executeTakeFirstOrThrow();
}

/** The material with its whole consent history and the cases that used it. */
export async function detailOf(db: Db | Tx, row: MaterialRow, audience: Audience): Promise<MaterialDetail> {
  const [history, uses] = await Promise.all([
    db
      .selectFrom('material_consents')
      .select(['decision', 'channel', 'recorded_by_name', 'recorded_at'])
      .where('material_id', '=', row.id)
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('material_uses')
      .select(['case_ref', 'material_key', 'used_at'])
      .where('material_id', '=', row.id)
      .orderBy('id', 'desc')
      .execute(),
  ]);
  return {
    ...toMaterialView(row, audience),
    consentHistory: history.map((entry) => ({
      decision: entry.decision,
      channel: entry.channel,
      // The owner sees their own name; a clerk who recorded consent is shown only as 窗口.
      recordedByName: audience === 'staff' || entry.channel === 'app' ? entry.recorded_by_name : null,
      recordedAt: entry.recorded_at.toISOString(),
    })),
    uses: uses.map((use) => ({
      caseRef: use.case_ref,
      materialKey: use.material_key,
      usedAt: use.used_at.toISOString(),
    })),
  };
}

export const audienceOf = (actor: Actor): Audience => (actor.kind === 'staff' ? 'staff' : 'owner');

export async function getMaterialDetail(db: Db, actor: Actor, id: string): Promise<MaterialDetail> {
  return detailOf(db, await findVisibleMaterial(db, actor, id), audienceOf(actor));
}

/**
 * For intake: the owner's materials currently confirmed for reuse, newest
 * first. The caller matches them against an item's material list.
 */
export async function reusableMaterialsFor(
  db: Db | Tx,
  ownerIdType: OwnerIdType,
  ownerNumber: string,
): Promise<MaterialView[]> {
  const rows = await selectMaterials(db)
    .where('m.owner_id_type', '=', ownerIdType)
    .where('m.owner_number', '=', ownerNumber)
    .where('c.decision', '=', 'confirmed')
    .execute();
  return rows.map((row) => toMaterialView(row, 'staff'));
}
