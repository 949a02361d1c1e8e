import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, type FieldProblem, invalidField, invalidFields } from '../../server/errors';
import { unstorableTextIn } from '../../server/text-check';
import { fieldLabel } from '../../shared/field-labels';
import { fileTooLarge } from './file-type-check';
import type { UploadedFile } from './upload-material';

/** Multipart errors of @fastify/multipart that the uploader can act on. */
const FILE_TOO_LARGE = 'FST_REQ_FILE_TOO_LARGE';
const FILES_LIMIT = 'FST_FILES_LIMIT';

function validationFailed(error: z.ZodError): AppError {
  const problems: FieldProblem[] = error.issues.map((issue) => {
    const path = issue.path.map(String);
    return { field: path.join('.'), label: fieldLabel(path), message: issue.message };
  });
  const first = problems[0] as FieldProblem;
  return new AppError(400, 'VALIDATION_FAILED', `${first.label}：${first.message}`, problems);
}

/**
 * Lets the plugin's routes read one-file multipart uploads (readUpload), at
 * most `limitBytes`; registered per plugin, so other routes keep JSON bodies.
 */
export async function acceptUploads(app: FastifyInstance, limitBytes: number): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: limitBytes, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
  });
}

/**
 * Reads a multipart upload: one file (kept in memory, at most `limitBytes`) and
 * text fields in any order, validated by `schema` as a JSON body would be.
 */
export async function readUpload<T extends z.ZodType>(
  request: FastifyRequest,
  schema: T,
  limitBytes: number,
): Promise<{ fields: z.infer<T>; file: UploadedFile }> {
  let bytes: Buffer | undefined;
  const raw: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') bytes = await part.toBuffer();
      // An empty field is an absent one, as a form sends blanks for optional inputs.
      else if (typeof part.value === 'string' && part.value.trim() !== '') raw[part.fieldname] = part.value;
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === FILE_TOO_LARGE) throw fileTooLarge(limitBytes);
    if (code === FILES_LIMIT) throw new AppError(400, 'TOO_MANY_FILES', '一次只能上传一个文件');
    throw error;
  }
  // The boundary's text check sees no multipart fields (they are read here), so they get it now.
  const unstorable = unstorableTextIn(raw);
  if (unstorable.length > 0) throw invalidFields(unstorable);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationFailed(parsed.error);
  if (!bytes) throw invalidField('file', '请选择要上传的文件');
  return { fields: parsed.data, file: { bytes, limitBytes } };
}
