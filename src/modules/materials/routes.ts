import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requireActor, requirePermission, requireResident } from '../../server/auth-plugin';
import { fileAnswers, MATERIAL_MEDIA_TYPES } from '../../server/openapi';
import type { RequestLimit } from '../../server/request-limits';
import { type Actor, auditActorOf } from '../auth/actor';
import { logRecordRead } from '../privacy/record-reads';
import { recordConsent } from './consent';
import { sendMaterialFile } from './download';
import { fileStoreIn } from './file-store';
import {
  findVisibleMaterial,
  getMaterialDetail,
  listMyMaterials,
  listOwnerMaterialsForStaff,
  materialRead,
} from './material-queries';
import {
  ConsentBody,
  DownloadQuery,
  MaterialDetail,
  MaterialList,
  MaterialParams,
  MaterialView,
  Owner,
  ResidentUploadFields,
  StaffUploadFields,
} from './schemas';
import { uploadAtWindow, uploadInApp } from './upload-material';
import { acceptUploads, readUpload } from './upload-request';

const tags = ['材料库'];
/** An upload is a multipart form whose fields are checked by readUpload, not by a body schema. */
const uploadSchema = (summary: string, multipart: z.ZodType) => ({
  tags,
  summary,
  multipart,
  response: { 201: MaterialView },
});
// Residents upload from phones; a burst beyond this is not a person taking photos.
const residentUploadLimit: { limit: RequestLimit } = {
  limit: { name: 'resident-upload', max: 30, windowSeconds: 60 },
};

/** The owner resident, or staff holding material.manage (their scope is checked per material). */
function materialActor(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  return actor.kind === 'staff' ? requirePermission(request, 'material.manage') : actor;
}

/**
 * Material repository routes. Multipart parsing is registered inside this
 * plugin only, so every other route keeps plain JSON bodies.
 */
export async function materialRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app.ctx;
  const store = fileStoreIn(config.dataDir);
  const limitBytes = config.maxUploadBytes;
  await acceptUploads(app, limitBytes);
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/materials/lookup',
    {
      schema: {
        tags,
        summary: '查询某人（或企业）的材料（证件号码放在请求体中，不进访问日志）',
        body: Owner,
        response: { 200: MaterialList },
      },
    },
    async (request) => ({
      items: await listOwnerMaterialsForStaff(
        db,
        requirePermission(request, 'material.manage'),
        request.body,
      ),
    }),
  );

  api.post(
    '/api/materials',
    {
      schema: uploadSchema(
        '窗口为材料所有人上传扫描件（multipart：file 及 ownerIdType、ownerNumber、name 等字段）',
        StaffUploadFields,
      ),
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'material.manage');
      const { fields, file } = await readUpload(request, StaffUploadFields, limitBytes);
      const audit = auditActorOf(actor, request.ip);
      return reply.status(201).send(await uploadAtWindow(db, store, actor, audit, fields, file));
    },
  );

  api.get(
    '/api/resident/materials',
    { schema: { tags, summary: '我的材料', response: { 200: MaterialList } } },
    async (request) => ({ items: await listMyMaterials(db, requireResident(request)) }),
  );

  api.post(
    '/api/resident/materials',
    {
      config: residentUploadLimit,
      schema: uploadSchema('群众上传本人材料（multipart：file 及 name 等字段）', ResidentUploadFields),
    },
    async (request, reply) => {
      const actor = requireResident(request);
      const { fields, file } = await readUpload(request, ResidentUploadFields, limitBytes);
      const audit = auditActorOf(actor, request.ip);
      return reply.status(201).send(await uploadInApp(db, store, actor, audit, fields, file));
    },
  );

  api.get(
    '/api/materials/:id',
    {
      schema: {
        tags,
        summary: '材料详情、复用同意记录和使用它的办件',
        params: MaterialParams,
        response: { 200: MaterialDetail },
      },
    },
    async (request) => getMaterialDetail(db, materialActor(request), request.params.id),
  );

  api.post(
    '/api/materials/:id/consent',
    {
      schema: {
        tags,
        summary: '同意复用或撤回同意（群众在应用中，或窗口代为登记本人意愿）',
        params: MaterialParams,
        body: ConsentBody,
        response: { 200: MaterialDetail },
      },
    },
    async (request) => {
      const actor = materialActor(request);
      return recordConsent(
        db,
        actor,
        auditActorOf(actor, request.ip),
        request.params.id,
        request.body.decision,
      );
    },
  );

  api.get(
    '/api/materials/:id/file',
    {
      schema: {
        tags,
        summary: '预览或下载材料文件（本人或有材料管理权限的工作人员）',
        params: MaterialParams,
        querystring: DownloadQuery,
        response: fileAnswers('材料文件（PDF 或图片）', MATERIAL_MEDIA_TYPES),
      },
    },
    async (request, reply) => {
      const actor = materialActor(request);
      const material = await findVisibleMaterial(db, actor, request.params.id);
      // Staff opening it is a read of the owner's data: it goes to the owner's read log.
      if (actor.kind === 'staff') {
        await logRecordRead(db, actor, request.ip, materialRead(material, '窗口查验材料'));
      }
      return sendMaterialFile(reply, store, material, request.query.download === '1');
    },
  );
}
