import type { Db } from '../../../db/database';
import { conflict, forbidden } from '../../../server/errors';
import { recordAudit } from '../../audit/record-audit';
import type { AuditActor, StaffActor } from '../../auth/actor';
import type { FileStore } from '../../materials/file-store';
import { checkFileContent } from '../../materials/file-type-check';
import { keepFile } from '../../materials/stored-files';
import type { UploadedFile } from '../../materials/upload-material';
import { visibleTask } from '../clock-view';
import { mayAct } from '../task-access';
import type { AttachmentRef } from './use-attachments';

/**
 * An officer who may act on a task uploads a paper of their own for it (现场核查照片,
 * 检验报告, 专家意见, 听证笔录): checked by its content as a material is, kept in
 * the content store, recorded against the case and the task, unused until an
 * action submits it.
 */
export async function uploadAttachment(
  db: Db,
  store: FileStore,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  name: string,
  file: UploadedFile,
): Promise<AttachmentRef> {
  const { task, holder, row } = await visibleTask(db, actor, taskId);
  if (task.state !== 'open') {
    throw conflict('TASK_CLOSED', `“${task.step_name}”环节的待办已办结，不能再上传附件`, {
      state: task.state,
    });
  }
  if (!mayAct(actor, task, holder)) throw forbidden('您不是该待办的办理人，不能上传附件');
  const mimeType = await checkFileContent(file.bytes, file.limitBytes);
  return await db.transaction().execute(async (tx) => {
    const sha256 = await keepFile(tx, store, file.bytes, mimeType);
    const attachment = await tx
      .insertInto('case_attachments')
      .values({
        case_id: row.id,
        task_id: task.id,
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
      entityId: row.id,
      regionCode: row.competent_region_code,
      after: { caseNumber: row.case_number, attachmentId: attachment.id, taskId: task.id, name, sha256 },
    });
    return { id: attachment.id, name, mimeType, sizeBytes: file.bytes.length };
  });
}
