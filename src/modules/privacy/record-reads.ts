import type { Db, Tx } from '../../db/database';
import type { SubjectKind } from '../../shared/registry-fields';
import type { StaffActor } from '../auth/actor';

/**
 * A staff member read a certificate's full record or opened a material's
 * file: one record_reads row, which the holder or owner sees in their read
 * log (personal-reads.ts) beside the registry and case reads.
 */
export interface RecordRead {
  subject: { kind: SubjectKind; number: string };
  recordKind: 'certificate' | 'material';
  recordId: string;
  /** What was read as the person knows it: the certificate type's or the material's name. */
  recordName: string;
  purpose: string;
}

export const subjectKindOfIdType = (idType: '111' | '001'): SubjectKind =>
  idType === '111' ? 'person' : 'enterprise';

export async function logRecordRead(
  db: Db | Tx,
  actor: StaffActor,
  ip: string | null,
  read: RecordRead,
): Promise<void> {
  await db
    .insertInto('record_reads')
    .values({
      staff_id: actor.id,
      staff_name: actor.name,
      department_id: actor.departmentId,
      subject_kind: read.subject.kind,
      subject_number: read.subject.number,
      record_kind: read.recordKind,
      record_id: read.recordId,
      record_name: read.recordName,
      purpose: read.purpose,
      ip,
    })
    .execute();
}
