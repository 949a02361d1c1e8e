import type { z } from 'zod';
import type { Tx } from '../../../db/database';
import { invalidField } from '../../../server/errors';
import type { CaseEventKind } from '../../../shared/case-terms';
import { appendEvent, type CaseRow, type EventActor } from '../../cases/case-store';
import type { AttachmentView } from '../../cases/views';

/**
 * An action takes the attachments its officer uploaded for the case: each
 * goes with exactly one action, which names them on its case event and marks
 * them used by it, in the action's own transaction.
 */

/** An attachment as an action's event, the history and the upload answer name it. */
export type AttachmentRef = z.infer<typeof AttachmentView>;

/** An attachment's row joined with its stored file, as actions and views name it. */
export const attachmentRefOf = (row: {
  id: string;
  name: string;
  mime_type: string;
  size_bytes: number | string;
}) => ({
  id: row.id,
  name: row.name,
  mimeType: row.mime_type,
  sizeBytes: Number(row.size_bytes),
});

/**
 * The attachments an action names, in its order; refused unless each was
 * uploaded for this case and for this kind of action (a task's own, or the
 * answer to `verificationId`), and no action has used it yet. The caller holds
 * the case's lock, so no other action of the case can take them meanwhile.
 */
export async function attachmentsForAction(
  tx: Tx,
  caseId: string,
  ids: readonly string[],
  verificationId: string | null = null,
): Promise<AttachmentRef[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const rows = await tx
    .selectFrom('case_attachments as a')
    .innerJoin('stored_files as f', 'f.sha256', 'a.file_sha256')
    .select(['a.id', 'a.name', 'a.case_id', 'a.verification_id', 'a.event_id', 'f.mime_type', 'f.size_bytes'])
    .where('a.id', 'in', unique)
    .execute();
  return unique.map((id) => {
    const row = rows.find((candidate) => candidate.id === id);
    if (!row || row.case_id !== caseId) {
      throw invalidField('attachmentIds', '只能附上为本办件上传的附件', 'ATTACHMENT_NOT_OF_CASE');
    }
    if (row.verification_id !== verificationId) {
      throw invalidField(
        'attachmentIds',
        `附件“${row.name}”不是为这项操作上传的，请重新上传`,
        'ATTACHMENT_NOT_OF_ACTION',
      );
    }
    if (row.event_id !== null) {
      throw invalidField(
        'attachmentIds',
        `附件“${row.name}”已随其他操作提交，不能重复使用，请重新上传`,
        'ATTACHMENT_ALREADY_USED',
      );
    }
    return attachmentRefOf(row);
  });
}

/** Appends an action's event with the attachments submitted with it, and marks them used by that event. */
export async function appendActionEvent(
  frame: { tx: Tx; attachments?: readonly AttachmentRef[] },
  row: CaseRow,
  kind: CaseEventKind,
  actor: EventActor,
  details: Record<string, unknown>,
): Promise<void> {
  const attachments = frame.attachments ?? [];
  if (attachments.length === 0) {
    await appendEvent(frame.tx, row, kind, actor, details);
    return;
  }
  const eventId = await appendEvent(frame.tx, row, kind, actor, { ...details, attachments });
  await frame.tx
    .updateTable('case_attachments')
    .set({ event_id: eventId, used_at: new Date() })
    .where(
      'id',
      'in',
      attachments.map((attachment) => attachment.id),
    )
    .execute();
}
