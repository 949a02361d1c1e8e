import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireResident } from '../../server/auth-plugin';
import { auditActorOf } from '../auth/actor';
import { answerCorrectionOnline, recordCorrectionAtWindow } from './answer-correction';
import {
  CaseCorrectionParams,
  CorrectionAnswerBody,
  RecordParams,
  WindowCorrectionAnswerBody,
} from './clock-schemas';
import { CorrectionView } from './clock-views';
import { correctionsForClerk, correctionsForResident } from './correction-queries';

const Corrections = z.object({ items: z.array(CorrectionView) });
const Answered = z.object({
  caseId: z.string(),
  correctionId: z.string(),
  answeredAt: z.string(),
  promisedDeadline: z.string(),
  legalDeadline: z.string().nullable(),
});

/** 补正: the applicant reads what to correct and answers in the app; a clerk records an answer handed in at a window. */
export async function correctionRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier } = app.ctx;
  const deps = { db, notifier };

  api.get(
    '/api/resident/cases/:id/corrections',
    {
      schema: {
        tags: ['群众端'],
        summary: '本人办件需要补正的内容及已提交的补正',
        params: RecordParams,
        response: { 200: Corrections },
      },
    },
    async (request) => await correctionsForResident(db, requireResident(request), request.params.id),
  );

  api.post(
    '/api/resident/cases/:id/corrections/:correctionId/answer',
    {
      config: { limit: { name: 'correction-answer', max: 30, windowSeconds: 60 } },
      schema: {
        tags: ['群众端'],
        summary: '提交补正（说明和／或已上传的本人材料），办件恢复计时',
        params: CaseCorrectionParams,
        body: CorrectionAnswerBody,
        response: { 200: Answered },
      },
    },
    async (request) => {
      const resident = requireResident(request);
      const ids = { caseId: request.params.id, correctionId: request.params.correctionId };
      return await answerCorrectionOnline(
        deps,
        resident,
        auditActorOf(resident, request.ip),
        ids,
        request.body,
      );
    },
  );

  api.get(
    '/api/cases/:id/corrections',
    {
      schema: {
        tags: ['办件受理'],
        summary: '办件需要申请人补正的内容（窗口代为登记补正时查看）',
        params: RecordParams,
        response: { 200: Corrections },
      },
    },
    async (request) =>
      await correctionsForClerk(db, requirePermission(request, 'case.intake'), request.params.id),
  );

  api.post(
    '/api/cases/:id/corrections/:correctionId/answer',
    {
      schema: {
        tags: ['办件受理'],
        summary: '窗口代为登记申请人提交的补正（材料先由窗口扫描入材料库），办件恢复计时',
        params: CaseCorrectionParams,
        body: WindowCorrectionAnswerBody,
        response: { 200: Answered },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'case.intake');
      const ids = { caseId: request.params.id, correctionId: request.params.correctionId };
      return await recordCorrectionAtWindow(deps, actor, auditActorOf(actor, request.ip), ids, request.body);
    },
  );
}
