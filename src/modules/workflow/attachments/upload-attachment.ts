import type { Db } from '../../../db/database';
import { conflict, forbidden, notFound } from '../../../server/errors';
import { recordAudit } from '../../audit/record-audit';
import type { AuditActor, StaffActor } from '../../auth/actor';
import type { CaseRow } from '../../cases/case-store';
import type { FileStore } from '../../materials/file-store';
import { checkFileContent } from '../../materials/file-type-check';
import { keepFile } from '../../materials/stored-files';
import type { UploadedFile } from '../../materials/upload-material';
import { mayAnswerVerification, maySeeVerification } from '../clock-access';
import { visibleTask } from '../clock-view';
import { mayAct } from '../task-access';
import type { AttachmentRef } from './use-attachments';

interface Upload {
  actor: StaffActor;
  audit: AuditActor;
  name: string;
  file: UploadedFile;
}

/** What an upload is for: a task's own action, or the answer to a verification request about that task. */
interface UploadFor {
  row: Pick<CaseRow, 'id' | 'case_number' | 'competent_region_code'>;
  taskId: string;
  verificationId: string | null;
}

/**
 * Checked by its content as a material is, kept in the content store,
 * recorded against the case, unused until an action submits it.
 */
async function keepAttachment(
  db: Db,
  store: FileStore,
  upload: Upload,
  target: UploadFor,
): Promise<AttachmentRef> {
  const { actor, audit, name, file } = upload;
  const mimeType = await checkFileContent(file.bytes, file.limitBytes);
  return await db.transaction().execute(async (tx) => {
    const sha256 = await keepFile(tx, store, file.bytes, mimeType);
    const attachment = await tx
      .insertInto('case_attachments')
      .values({
        case_id: target.row.id,
        task_id: target.taskId,
        verification_id: target.verificationId,
        file_sha256: sha256,
        name,
        uploaded_by: actor.id,
        uploaded_by_name: actor.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, audit, {
      action: 'case.upload_attachment',
      entityType: 'case',
      entityId: target.row.id,
      regionCode: target.row.competent_region_code,
      after: {
        caseNumber: target.row.case_number,
        attachmentId: attachment.id,
        taskId: target.taskId,
        ...(target.verificationId ? { verificationId: target.verificationId } : {}),
        name,
        sha256,
      },
    });
    return { id: attachment.id, name, mimeType, sizeBytes: file.bytes.length };
  });
}

/**
 * An officer who may act on a task uploads a paper of their own for it (现场核查照片,
 * 检验报告, 专家意见, 听证笔录), for one of the task's actions to submit.
 */
export async function uploadAttachment(
  db: Db,
  store: FileStore,
  upload: Upload,
  taskId: string,
): Promise<AttachmentRef> {
  const { task, holder, row } = await visibleTask(db, upload.actor, taskId);
  if (task.state !== 'open') {
    throw conflict('TASK_CLOSED', `“${task.step_name}”环节的待办已办结，不能再上传附件`, {
      state: task.state,
    });
  }
  if (!mayAct(upload.actor, task, holder)) throw forbidden('您不是该待办的办理人，不能上传附件');
  return await keepAttachment(db, store, upload, { row, taskId: task.id, verificationId: null });
}

/**
 * The department asked to verify a fact uploads what it found (户籍登记页照片,
 * 情况说明), for its answer to submit; only while the request is open.
 */
export async function uploadVerificationAttachment(
  db: Db,
  store: FileStore,
  upload: Upload,
  verificationId: string,
): Promise<AttachmentRef> {
  const verification = await db
    .selectFrom('case_verifications as v')
    .innerJoin('cases as c', 'c.id', 'v.case_id')
    .select([
      'v.task_id',
      'v.state',
      'v.region_code',
      'v.from_department_id',
      'v.to_department_id',
      'c.id',
      'c.case_number',
      'c.competent_region_code',
    ])
    .where('v.id', '=', verificationId)
    .executeTakeFirst();
  if (!verification || !maySeeVerification(upload.actor, verification)) throw notFound('核验请求');
  if (!mayAnswerVerification(upload.actor, verification)) {
    throw forbidden('只有被请求核验的部门才能为回复上传附件');
  }
  if (verification.state !== 'open') throw conflict('VERIFICATION_ANSWERED', '这个核验请求已经回复过了');
  return await keepAttachment(db, store, upload, {
    row: verification,
    taskId: verification.task_id,
    verificationId,
  });
}
