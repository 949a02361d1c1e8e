import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireStaff } from '../../../server/auth-plugin';
import { fileAnswers, MATERIAL_MEDIA_TYPES } from '../../../server/openapi';
import { auditActorOf } from '../../auth/actor';
import { AttachmentView } from '../../cases/views';
import { fileStoreIn } from '../../materials/file-store';
import { acceptUploads, readUpload } from '../../materials/upload-request';
import { RecordParams } from '../clock-schemas';
import { TaskParams } from '../schemas';
import { sendAttachment, sendVerificationAttachment } from './attachment-files';
import { uploadAttachment, uploadVerificationAttachment } from './upload-attachment';

const tags = ['后台审批'];

const AttachmentFields = z.object({
  name: z.string().trim().min(2, '请填写附件名称（至少2个字）').max(60),
});
const VerificationAttachmentParams = z.object({
  id: z.uuid('核验请求编号格式不正确'),
  attachmentId: z.uuid('附件编号格式不正确'),
});
const AttachmentParams = z.object({
  caseId: z.uuid('办件编号格式不正确'),
  id: z.uuid('附件编号格式不正确'),
});

/**
 * Officers' attachments: uploaded for a task or for the answer to a verification request
 * (multipart, the material repository's checks), then named by an action's attachmentIds;
 * opened by staff who may see the case, or the verification request they went with.
 */
export async function attachmentRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.ctx;
  const store = fileStoreIn(config.dataDir);
  await acceptUploads(app, config.maxUploadBytes);
  const api = app.withTypeProvider<ZodTypeProvider>();

  const uploadOf = async (request: FastifyRequest) => {
    const actor = requirePermission(request, 'case.handle');
    const { fields, file } = await readUpload(request, AttachmentFields, config.maxUploadBytes);
    return { actor, audit: auditActorOf(actor, request.ip), name: fields.name, file };
  };

  api.post(
    '/api/tasks/:id/attachments',
    {
      schema: {
        tags,
        summary:
          '上传办理附件（multipart：file 及 name；可办理该待办的工作人员），随后在操作的 attachmentIds 中提交',
        multipart: AttachmentFields,
        params: TaskParams,
        response: { 201: AttachmentView },
      },
    },
    async (request, reply) => {
      const upload = await uploadOf(request);
      return reply.status(201).send(await uploadAttachment(db, store, upload, request.params.id));
    },
  );

  api.post(
    '/api/verifications/:id/attachments',
    {
      schema: {
        tags: ['信息核验'],
        summary:
          '为核验回复上传附件（multipart：file 及 name；被请求核验的部门），随后在回复的 attachmentIds 中提交',
        multipart: AttachmentFields,
        params: RecordParams,
        response: { 201: AttachmentView },
      },
    },
    async (request, reply) => {
      const upload = await uploadOf(request);
      return reply.status(201).send(await uploadVerificationAttachment(db, store, upload, request.params.id));
    },
  );

  api.get(
    '/api/verifications/:id/attachments/:attachmentId/file',
    {
      schema: {
        tags: ['信息核验'],
        summary: '查看核验请求或其回复所附的办理附件（可查看该核验请求的工作人员）',
        params: VerificationAttachmentParams,
        response: fileAnswers('材料文件（PDF 或图片）', MATERIAL_MEDIA_TYPES),
      },
    },
    async (request, reply) =>
      await sendVerificationAttachment(
        db,
        reply,
        store,
        requirePermission(request, 'case.handle'),
        request.params.id,
        request.params.attachmentId,
      ),
  );

  api.get(
    '/api/cases/:caseId/attachments/:id/file',
    {
      schema: {
        tags,
        summary: '查看办理附件（可查看该办件或其待办的工作人员）',
        params: AttachmentParams,
        response: fileAnswers('材料文件（PDF 或图片）', MATERIAL_MEDIA_TYPES),
      },
    },
    async (request, reply) =>
      await sendAttachment(db, reply, store, requireStaff(request), request.params.caseId, request.params.id),
  );
}
