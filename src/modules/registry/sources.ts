import type { Db } from '../../db/database';
import { notFound } from '../../server/errors';
import type { SubjectKind } from '../../shared/registry-fields';
import { recordAudit } from '../audit/record-audit';
import type { AuditActor } from '../auth/actor';

/** The systems whose exports feed the registry, and how much each is trusted. */
export interface SourceInput {
  name: string;
  subjectKind: SubjectKind;
  authority: number;
}

export async function listSources(db: Db) {
  return db
    .selectFrom('registry_sources')
    .selectAll()
    .orderBy('subject_kind')
    .orderBy('authority', 'desc')
    .execute();
}

export async function createSource(db: Db, audit: AuditActor, input: SourceInput) {
  return db.transaction().execute(async (tx) => {
    const source = await tx
      .insertInto('registry_sources')
      .values({ name: input.name, subject_kind: input.subjectKind, authority: input.authority })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, audit, {
      action: 'registry_source.create',
      entityType: 'registry_source',
      entityId: source.id,
      after: input,
    });
    return source;
  });
}

export async function updateSourceAuthority(db: Db, audit: AuditActor, sourceId: string, authority: number) {
  return db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('registry_sources')
      .selectAll()
      .where('id', '=', sourceId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('数据来源');
    const source = await tx
      .updateTable('registry_sources')
      .set({ authority, updated_at: new Date() })
      .where('id', '=', sourceId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, audit, {
      action: 'registry_source.update',
      entityType: 'registry_source',
      entityId: sourceId,
      before: { authority: before.authority },
      after: { authority },
    });
    return source;
  });
}
