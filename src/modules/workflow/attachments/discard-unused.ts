import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import { AppError } from '../../../server/errors';
import { recordAudit } from '../../audit/record-audit';
import { SYSTEM_ACTOR } from '../../auth/actor';
import type { FileStore } from '../../materials/file-store';
import { removeStoredFile } from '../../materials/stored-files';

/**
 * Officers' uploads that no action took within a week are drafts nobody
 * submitted: no event of the case names them, so they are not part of its
 * record. They are dropped (each audited), and their bytes with them unless a
 * material or another attachment holds the same file: the retention function,
 * the only way a file is ever deleted, refuses then.
 */
export const UNUSED_ATTACHMENT_DAYS = 7;

interface Discarded {
  id: string;
  name: string;
  file_sha256: string;
  task_id: string;
  case_id: string;
  case_number: string;
  competent_region_code: string;
}

export async function discardUnusedAttachments(
  deps: { db: Db; files: FileStore },
  now: Date,
): Promise<{ attachments: number; files: number }> {
  const cutoff = new Date(now.getTime() - UNUSED_ATTACHMENT_DAYS * 86_400_000);
  const discarded = await deps.db.transaction().execute(async (tx) => {
    const { rows } = await sql<Discarded>`
      DELETE FROM case_attachments a USING cases c
      WHERE c.id = a.case_id AND a.event_id IS NULL AND a.uploaded_at < ${cutoff}
      RETURNING a.id, a.name, a.file_sha256, a.task_id, c.id AS case_id, c.case_number, c.competent_region_code`.execute(
      tx,
    );
    for (const row of rows) {
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'case.discard_unused_attachment',
        entityType: 'case',
        entityId: row.case_id,
        regionCode: row.competent_region_code,
        before: { caseNumber: row.case_number, attachmentId: row.id, taskId: row.task_id, name: row.name },
      });
    }
    return rows;
  });
  let files = 0;
  for (const sha256 of new Set(discarded.map((row) => row.file_sha256))) {
    try {
      await removeStoredFile(deps.db, deps.files, SYSTEM_ACTOR, sha256);
      files += 1;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'FILE_STILL_REFERENCED')) throw error;
    }
  }
  return { attachments: discarded.length, files };
}
