import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/database';
import { notFound } from '../../server/errors';
import type { StaffActor } from '../auth/actor';
import { sendMaterialFile } from '../materials/download';
import type { FileStore } from '../materials/file-store';
import { materialById, materialRead } from '../materials/material-queries';
import { logRecordRead } from '../privacy/record-reads';

/**
 * The files of a case as the back office sees them: the repository's
 * materials the case used (material_uses, by case number), which a task's
 * page may show and a verification request may carry. Whoever may see the
 * task, or the verification, may open them; nothing else of the repository.
 */

export interface FileRef {
  id: string;
  name: string;
  mimeType: string;
}

/** The case's materials with a file, in the order they were used. */
export async function caseFiles(db: Db, caseNumber: string): Promise<FileRef[]> {
  const rows = await db
    .selectFrom('material_uses as u')
    .innerJoin('materials as m', 'm.id', 'u.material_id')
    .innerJoin('stored_files as f', 'f.sha256', 'm.file_sha256')
    .select(['m.id', 'm.name', 'f.mime_type'])
    .where('u.case_ref', '=', caseNumber)
    .orderBy('u.id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, mimeType: row.mime_type }));
}

/** Names and types of the given materials, for showing them as attachments. */
export async function filesByIds(db: Db, ids: readonly string[]): Promise<Map<string, FileRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('materials as m')
    .innerJoin('stored_files as f', 'f.sha256', 'm.file_sha256')
    .select(['m.id', 'm.name', 'f.mime_type'])
    .where('m.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, mimeType: row.mime_type }]));
}

/** Who opens a case's file and why (审批, 信息核验), for the owner's read log. */
export interface FileReader {
  actor: StaffActor;
  ip: string | null;
  purpose: string;
}

/** Sends one of the case's files, logged in its owner's read log; one the case did not use answers 404. */
export async function sendCaseFile(
  db: Db,
  reply: FastifyReply,
  store: FileStore,
  reader: FileReader,
  caseNumber: string,
  materialId: string,
): Promise<FastifyReply> {
  const used = await db
    .selectFrom('material_uses')
    .select('material_id')
    .where('case_ref', '=', caseNumber)
    .where('material_id', '=', materialId)
    .executeTakeFirst();
  if (!used) throw notFound('材料');
  const material = await materialById(db, materialId);
  await logRecordRead(db, reader.actor, reader.ip, materialRead(material, `${reader.purpose} ${caseNumber}`));
  return await sendMaterialFile(reply, store, material, false);
}
