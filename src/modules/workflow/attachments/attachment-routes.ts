import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireStaff } from '../../../server/auth-plugin';
import { auditActorOf } from '../../auth/actor';
import { AttachmentView } from '../../cases/views';
import { fileStoreIn } from '../../materials/file-store';
import { acceptUploads, readUpload } from '../../materials/upload-request';
import { TaskParams } from '../schemas';
import { sendAttachment } from './attachment-files';
import { uploadAttachment } from './upload-attachment';

const tags = ['后台审批'];

const AttachmentFields = z.object({
  name: z.string().trim().min(2, '请填写附件名称（至少2个字）').max(60),
});
const AttachmentParams = z.object({
  caseId: z.uuid('办件编号格式不正确'),
  id: z.uuid('附件编号格式不正确'),
});

/**
 * Officers' attachments: uploaded for a task (multipart, the material
 * repository's checks), then named by an action's attachmentIds; opened by staff who may see the case.
 */
export async function attachmentRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.ctx;
  const store = fileStoreIn(config.dataDir);
  await acceptUploads(app, config.maxUploadBytes);
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/tasks/:id/attachments',
    {
      schema: {
        tags,
        summary:
          '上传办理附件（multipart：file 及 name；可办理该待办的工作人员），随后在操作的 attachmentIds 中提交',
        consumes: ['multipart/form-data'],
        params: TaskParams,
        response: { 201: AttachmentView },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'case.handle');
      const { fields, file } = await readUpload(request, AttachmentFields, config.maxUploadBytes);
      const audit = auditActorOf(actor, request.ip);
      const attachment = await uploadAttachment(
        db,
        store,
        actor,
        audit,
        request.params.id,
        fields.name,
        file,
      );
      return reply.status(201).send(attachment);
    },
  );

  api.get(
    '/api/cases/:caseId/attachments/:id/file',
    { schema: { tags, summary: '查看办理附件（可查看该办件或其待办的工作人员）', params: AttachmentParams } },
    async (request, reply) =>
      await sendAttachment(db, reply, store, requireStaff(request), request.params.caseId, request.params.id),
  );
}
