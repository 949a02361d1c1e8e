import type { Db } from '../../db/database';
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
