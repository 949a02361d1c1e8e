import type { Db } from '../../../db/database';
import { AppError, notFound } from '../../../server/errors';
import { maskCitizenId } from '../../../shared/citizen-id';
import { grantableFields, registryFields, type SubjectKind } from '../../../shared/registry-fields';
import { regionRootsFor } from '../../../shared/roles';
import type { StaffActor } from '../../auth/actor';
import type { SourceStamp } from '../rules/merge-record';
import { readerRolesOf } from './data-grants';
import { readAndLog } from './read-statement';

/**
 * A department reads a person's or an enterprise's data for a stated purpose,
 * by a staff member whose role the grant for that purpose names (a grid
 * worker does not read under the window's grant): it gets exactly the fields
 * that grant names, and the read is
 * logged (who, which fields, what for, which case) by the same statement
 * that reads it (read-statement.ts).
 */
export interface ReadRequest {
  kind: SubjectKind;
  number: string;
  purpose: string;
  caseRef?: string | null;
}

const SUBJECT_NAMES: Record<SubjectKind, string> = { person: '人员', enterprise: '市场主体' };

/** Reads are made for a department, whose grants decide the fields. */
function departmentOf(actor: StaffActor): string {
  if (!actor.departmentId) {
    throw new AppError(
      403,
      'NO_DEPARTMENT',
      '您的账号未关联部门，不能查阅人员或市场主体信息；请联系管理员设置所属部门',
    );
  }
  return actor.departmentId;
}

function notForRole(kind: SubjectKind, purpose: string): AppError {
  return new AppError(
    403,
    'PURPOSE_NOT_FOR_ROLE',
    `“${purpose}”这一目的的授权不包括您的岗位：您的工作不需要以此目的查阅${SUBJECT_NAMES[kind]}信息`,
    [{ field: 'purpose', label: '查阅目的', message: '授权未包括您的岗位' }],
  );
}

function noGrant(kind: SubjectKind, purpose: string): AppError {
  return new AppError(
    403,
    'NO_DATA_GRANT',
    `本部门没有以“${purpose}”为目的查阅${SUBJECT_NAMES[kind]}信息的授权`,
    [{ field: 'purpose', label: '查阅目的', message: '没有对应的数据授权' }],
  );
}

/**
 * Region scope applies (the record's household or residence region within the
 * reader's registry.view scope), except that any window takes any applicant's
 * case (通办): intake staff reading for a named case may reach a record outside
 * their region; that read is logged with the case number like every other.
 */
function regionRootsOf(actor: StaffActor, caseRef: string | null): readonly string[] | null {
  const intakeRoots = regionRootsFor(actor.grants, 'case.intake');
  const forIntake = Boolean(caseRef) && (intakeRoots === null || intakeRoots.length > 0);
  return forIntake ? null : regionRootsFor(actor.grants, 'registry.view');
}

export async function readSubject(db: Db, actor: StaffActor, ip: string | null, request: ReadRequest) {
  const departmentId = departmentOf(actor);
  const caseRef = request.caseRef ?? null;
  const read = await readAndLog(db, {
    kind: request.kind,
    number: request.number,
    purpose: request.purpose,
    caseRef,
    reader: { staffId: actor.id, staffName: actor.name, departmentId, ip },
    readerRoles: readerRolesOf(actor),
    regionRoots: regionRootsOf(actor, caseRef),
  });
  if (!read.granted) throw noGrant(request.kind, request.purpose);
  if (!read.roleFits) throw notForRole(request.kind, request.purpose);
  if (!read.logged || !read.record) throw notFound(SUBJECT_NAMES[request.kind]);
  const { record } = read;
  const allowed = new Set(read.logged);
  const sources = record.field_sources as Record<string, SourceStamp>;
  return {
    kind: request.kind,
    number: request.number,
    maskedNumber: maskCitizenId(request.number),
    purpose: request.purpose,
    fields: grantableFields(request.kind)
      .filter((field) => allowed.has(field.key))
      .map((field) => ({
        key: field.key,
        value: (record[field.column] ?? null) as string | string[] | null,
        source: sources[field.key] ?? null,
      })),
    withheld: registryFields(request.kind)
      .filter((field) => field.kind !== 'key' && !allowed.has(field.key))
      .map((field) => field.key),
    conflicts: read.conflicts.map((conflict) => ({
      id: conflict.id,
      field: conflict.field,
      keptValue: conflict.kept_value,
      keptSource: conflict.kept_source,
      keptAsOf: conflict.kept_as_of,
      otherValue: conflict.other_value,
      otherSource: conflict.other_source,
      otherAsOf: conflict.other_as_of,
    })),
    regionNames: read.regionNames,
  };
}
