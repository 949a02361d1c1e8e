import type { Db } from '../../../db/database';
import { AppError, notFound } from '../../../server/errors';
import { maskCitizenId } from '../../../shared/citizen-id';
import { grantableFields, registryFields, type SubjectKind } from '../../../shared/registry-fields';
import { regionRootsFor } from '../../../shared/roles';
import type { StaffActor } from '../../auth/actor';
import { loadRecords } from '../registry-records';
import { liveGrants } from './data-grants';

/**
 * A department reads a person's or an enterprise's data for a stated purpose:
 * it gets exactly the fields its grant for that purpose names, and the read is
 * logged (who, which fields, what for, which case) in the same transaction.
 */
export interface ReadRequest {
  kind: SubjectKind;
  number: string;
  purpose: string;
  caseRef?: string | null;
}

const SUBJECT_NAMES: Record<SubjectKind, string> = { person: '人员', enterprise: '市场主体' };

function regionsOf(kind: SubjectKind, values: Record<string, unknown>): string[] {
  const keys = kind === 'person' ? ['householdRegionCode', 'residenceRegionCode'] : ['regionCode'];
  return keys.map((key) => values[key]).filter((value): value is string => typeof value === 'string');
}

/** The live grant of the actor's department for this kind and purpose, or a clear refusal. */
export async function grantFor(db: Db, actor: StaffActor, kind: SubjectKind, purpose: string) {
  if (!actor.departmentId) {
    throw new AppError(
      403,
      'NO_DEPARTMENT',
      '您的账号未关联部门，不能查阅人员或市场主体信息；请联系管理员设置所属部门',
    );
  }
  const grant = await liveGrants(db, actor.departmentId, kind)
    .select(['id', 'fields'])
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  if (!grant) {
    throw new AppError(
      403,
      'NO_DATA_GRANT',
      `本部门没有以“${purpose}”为目的查阅${SUBJECT_NAMES[kind]}信息的授权`,
      [{ field: 'purpose', label: '查阅目的', message: '没有对应的数据授权' }],
    );
  }
  return grant;
}

export async function readSubject(db: Db, actor: StaffActor, ip: string | null, request: ReadRequest) {
  return db.transaction().execute(async (tx) => {
    const grant = await grantFor(tx, actor, request.kind, request.purpose);
    const record = (await loadRecords(tx, request.kind, [request.number])).get(request.number);
    const roots = regionRootsFor(actor.grants, 'registry.view');
    const inRegion =
      roots === null ||
      (record !== undefined &&
        regionsOf(request.kind, record.values).some((code) => roots.some((root) => code.startsWith(root))));
    // Any window takes any applicant's case (通办), so intake staff may read a record outside
    // their region for a named case; that read is logged with the case number like every other.
    const intakeRoots = regionRootsFor(actor.grants, 'case.intake');
    const forIntake = Boolean(request.caseRef) && (intakeRoots === null || intakeRoots.length > 0);
    const visible = record && (inRegion || forIntake);
    if (!visible) throw notFound(SUBJECT_NAMES[request.kind]);
    const allowed = new Set(grant.fields);
    const fields = grantableFields(request.kind).filter((field) => allowed.has(field.key));
    const conflicts = await tx
      .selectFrom('registry_conflicts')
      .select([
        'id',
        'field',
        'kept_value',
        'kept_source',
        'kept_as_of',
        'other_value',
        'other_source',
        'other_as_of',
      ])
      .where('subject_kind', '=', request.kind)
      .where('subject_number', '=', request.number)
      .where('resolved_at', 'is', null)
      .where('field', 'in', fields.length > 0 ? fields.map((field) => field.key) : [''])
      .orderBy('id')
      .execute();
    await tx
      .insertInto('data_reads')
      .values({
        staff_id: actor.id,
        staff_name: actor.name,
        department_id: actor.departmentId as string,
        subject_kind: request.kind,
        subject_number: request.number,
        fields: fields.map((field) => field.key),
        purpose: request.purpose,
        case_ref: request.caseRef ?? null,
        ip,
      })
      .execute();
    return {
      kind: request.kind,
      number: request.number,
      maskedNumber: maskCitizenId(request.number),
      purpose: request.purpose,
      fields: fields.map((field) => ({
        key: field.key,
        value: record.values[field.key] ?? null,
        source: record.sources[field.key] ?? null,
      })),
      withheld: registryFields(request.kind)
        .filter((field) => field.kind !== 'key' && !allowed.has(field.key))
        .map((field) => field.key),
      conflicts: conflicts.map((conflict) => ({
        id: conflict.id,
        field: conflict.field,
        keptValue: conflict.kept_value,
        keptSource: conflict.kept_source,
        keptAsOf: conflict.kept_as_of,
        otherValue: conflict.other_value,
        otherSource: conflict.other_source,
        otherAsOf: conflict.other_as_of,
      })),
    };
  });
}
