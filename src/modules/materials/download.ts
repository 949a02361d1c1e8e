import type { FastifyReply } from 'fastify';
import { AppError } from '../../server/errors';
import { ALLOWED_FILE_TYPES, type AllowedMimeType } from '../../shared/material-files';
import { FileMissingError, type FileStore } from './file-store';
import type { MaterialRow } from './material-queries';

/** A stored file under the name it is shown by: a material, or an officer's attachment to a case. */
export type NamedFile = Pick<MaterialRow, 'name' | 'mime_type' | 'size_bytes' | 'sha256'>;

/** `户口簿` + image/png -> the Content-Disposition of 户口簿.png, with an ASCII fallback name. */
function disposition(material: NamedFile, attachment: boolean): string {
  const extension = ALLOWED_FILE_TYPES[material.mime_type as AllowedMimeType];
  const name = `${material.name.replace(/[\\/:*?"<>|\r\n]/g, '_')}.${extension}`;
  const kind = attachment ? 'attachment' : 'inline';
  return `${kind}; filename="material.${extension}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Streams a material's (or any named stored) file with the type detected at
 * upload (never a type the browser could run). Stored content never changes,
 * so the browser may keep it, privately.
 */
export async function sendMaterialFile(
  reply: FastifyReply,
  store: FileStore,
  material: NamedFile,
  attachment: boolean,
): Promise<FastifyReply> {
  let content: Awaited<ReturnType<FileStore['get']>>;
  try {
    content = await store.get(material.sha256);
  } catch (error) {
    if (!(error instanceof FileMissingError)) throw error;
    reply.log.error({ sha256: material.sha256 }, 'stored file missing from disk');
    throw new AppError(410, 'FILE_MISSING', '文件已丢失，请联系管理员从备份中恢复');
  }
  return reply
    .header('content-type', material.mime_type)
    .header('content-length', material.size_bytes)
    .header('content-disposition', disposition(material, attachment))
    .header('cache-control', 'private, max-age=86400')
    .header('etag', `"${material.sha256}"`)
    .send(content);
}
