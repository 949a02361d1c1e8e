import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireStaff } from '../../server/auth-plugin';
import { auditActorOf } from '../auth/actor';
import { fileStoreIn } from '../materials/file-store';
import { acceptUploads, readUpload } from '../materials/upload-request';
import { casePapers, openCasePaper } from './case-papers';
import { scanMaterial } from './scan-material';
import { CaseMaterialParams, CaseParams, PaperParams, ScanFields } from './schemas';
import { CasePapers, Changed } from './views';

const tags = ['办件材料'];

/**
 * The paper's road through a case: a scan taken at the window for one of its
 * materials, and the papers whoever decides it pages through. A plugin of its
 * own, so multipart parsing stays with the scan route.
 */
export async function paperRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier, config } = app.ctx;
  const store = fileStoreIn(config.dataDir);
  const limitBytes = config.maxUploadBytes;
  await acceptUploads(app, limitBytes);

  api.post(
    '/api/cases/:id/materials/:key/scan',
    {
      schema: {
        tags,
        summary:
          '窗口扫描一项材料（multipart：file 及 version、windowId）：存入材料库，归申请人，登记为已提交',
        multipart: ScanFields,
        params: CaseMaterialParams,
        response: { 201: Changed.extend({ commitmentsFulfilled: z.boolean(), materialId: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'case.intake');
      const { fields, file } = await readUpload(request, ScanFields, limitBytes);
      const input = { ...fields, materialKey: request.params.key };
      const audit = auditActorOf(actor, request.ip);
      const scanned = await scanMaterial(
        { db, notifier, store },
        actor,
        audit,
        request.params.id,
        input,
        file,
      );
      return reply.status(201).send(scanned);
    },
  );

  api.get(
    '/api/cases/:id/papers',
    {
      schema: {
        tags,
        summary: '办件的全部材料及其文件或电子证照（查阅记入日志）',
        params: CaseParams,
        response: { 200: CasePapers },
      },
    },
    async (request) => await casePapers(db, requireStaff(request), request.ip, request.params.id),
  );

  api.get(
    '/api/cases/:id/papers/:materialId',
    {
      schema: {
        tags,
        summary: '在浏览器中查看办件的一份材料文件（办理该办件的工作人员；记入材料所有人的查阅记录）',
        params: PaperParams,
      },
    },
    async (request, reply) => {
      const reader = { actor: requireStaff(request), ip: request.ip };
      return await openCasePaper(db, reply, store, reader, request.params.id, request.params.materialId);
    },
  );
}
