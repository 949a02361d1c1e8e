import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../server/auth-plugin';
import { notFound } from '../../server/errors';
import { fileAnswers, MATERIAL_MEDIA_TYPES } from '../../server/openapi';
import { pageOf } from '../../server/pagination';
import { auditActorOf } from '../auth/actor';
import { fileStoreIn } from '../materials/file-store';
import { answerVerification } from './answer-verification';
import { sendCaseFile } from './case-files';
import { FileParams, RecordParams, VerificationAnswerBody, VerificationsQuery } from './clock-schemas';
import { VerificationView } from './clock-views';
import { listVerifications, verificationForStaff } from './verification-queries';

const tags = ['信息核验'];

/** 核验请求: a department's requests to answer (and those it sent), one request, its photos, the answer. */
export async function verificationRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier, config } = app.ctx;
  const store = fileStoreIn(config.dataDir);
  const reader = (request: FastifyRequest) => requirePermission(request, 'case.handle');

  api.get(
    '/api/verifications',
    {
      schema: {
        tags,
        summary: '核验请求：请本部门核验的（incoming）或本部门发出的（outgoing），待回复的按期限排序',
        querystring: VerificationsQuery,
        response: { 200: pageOf(VerificationView) },
      },
    },
    async (request) => await listVerifications(db, reader(request), request.query),
  );

  api.get(
    '/api/verifications/:id',
    { schema: { tags, summary: '一个核验请求', params: RecordParams, response: { 200: VerificationView } } },
    async (request) => await verificationForStaff(db, reader(request), request.params.id),
  );

  api.get(
    '/api/verifications/:id/files/:materialId',
    {
      schema: {
        tags,
        summary: '预览核验请求所附的材料',
        params: FileParams,
        response: fileAnswers('材料文件（PDF 或图片）', MATERIAL_MEDIA_TYPES),
      },
    },
    async (request, reply) => {
      const actor = reader(request);
      const verification = await verificationForStaff(db, actor, request.params.id);
      if (!verification.files.some((file) => file.id === request.params.materialId)) throw notFound('材料');
      const fileReader = { actor, ip: request.ip, purpose: '信息核验' };
      const { caseNumber } = verification;
      return await sendCaseFile(db, reply, store, fileReader, caseNumber, request.params.materialId);
    },
  );

  api.post(
    '/api/verifications/:id/answer',
    {
      schema: {
        tags,
        summary: '回复核验请求：属实，或不属实／无法核实（写明情况）；仅被请求的部门',
        params: RecordParams,
        body: VerificationAnswerBody,
        response: {
          200: z.object({
            id: z.string(),
            state: z.literal('answered'),
            result: z.enum(['confirmed', 'not_confirmed']),
            answeredAt: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const actor = reader(request);
      return await answerVerification(
        { db, notifier },
        actor,
        auditActorOf(actor, request.ip),
        request.params.id,
        request.body,
      );
    },
  );
}
