import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireResident } from '../../server/auth-plugin';
import { AppError } from '../../server/errors';
import type { RequestLimit } from '../../server/request-limits';
import { auditActorOf } from '../auth/actor';
import { idempotencyKeyOf } from './idempotency';
import { applyJointOnline } from './joint-start';
import { publicProgress } from './public-progress';
import { applyOnline, getMyCase, getMyDocument, listMyCases } from './resident-cases';
import {
  ApplyBody,
  ApplyJointBody,
  CaseParams,
  DocumentParams,
  IdempotencyHeaders,
  PublicParams,
} from './schemas';
import { CaseDetail, DocumentView, PublicProgress, Status } from './views';

const MyCase = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  publicCode: z.string(),
  itemName: z.string(),
  status: Status,
  submittedAt: z.string(),
  promisedDeadline: z.string().nullable(),
  workingDaysLeft: z.number().nullable().describe('已受理的办件离承诺期限还剩的工作日'),
});

/**
 * Look-ups per client address per minute (PUBLIC_LOOKUP_LIMIT; 0: none): generous for
 * people refreshing a page behind a shared address, a brake on a script walking codes.
 * Counted in PostgreSQL, one upsert per look-up, shared by every process (decision 0026).
 */
function lookupLimit(perMinute: number): RequestLimit | undefined {
  if (perMinute === 0) return undefined;
  return {
    name: 'progress-lookup',
    max: perMinute,
    windowSeconds: 60,
    refusal: (seconds) =>
      new AppError(429, 'PROGRESS_LOOKUP_LIMITED', `查询过于频繁，请${seconds}秒后再试`, {
        retryAfterSeconds: seconds,
      }),
  };
}

/** Progress by the receipt's QR code for anyone; the resident's own cases in the app. */
export async function casePublicRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier, config } = app.ctx;

  api.get(
    '/api/public/progress/:code',
    {
      schema: {
        tags: ['办件进度'],
        summary: '办件进度（回执二维码；不含申请人个人信息，姓名脱敏）',
        params: PublicParams,
        response: { 200: PublicProgress },
      },
      config: { limit: lookupLimit(config.publicLookupLimit) },
    },
    async (request) => publicProgress(db, request.params.code),
  );

  const tags = ['我的办件'];
  api.post(
    '/api/resident/cases',
    {
      schema: {
        tags,
        summary: '网上申请（本人）；带 Idempotency-Key 重试时返回同一办件',
        headers: IdempotencyHeaders,
        body: ApplyBody,
        response: { 200: CaseDetail, 201: CaseDetail },
      },
    },
    async (request, reply) => {
      const resident = requireResident(request);
      const key = idempotencyKeyOf(request, { kind: 'resident', id: resident.id });
      const outcome = await applyOnline(
        { db, notifier },
        resident,
        auditActorOf(resident, request.ip),
        request.body,
        key,
      );
      return reply.status(outcome.replayed ? 200 : 201).send(await getMyCase(db, resident, outcome.caseId));
    },
  );

  api.post(
    '/api/resident/joint-cases',
    {
      schema: {
        tags,
        summary:
          '网上申请“一件事”（本人）：一张合并表单、一份合并材料清单；带 Idempotency-Key 重试时返回同一联办件',
        headers: IdempotencyHeaders,
        body: ApplyJointBody,
        response: { 200: CaseDetail, 201: CaseDetail },
      },
    },
    async (request, reply) => {
      const resident = requireResident(request);
      const key = idempotencyKeyOf(request, { kind: 'resident', id: resident.id });
      const outcome = await applyJointOnline(
        { db, notifier },
        resident,
        auditActorOf(resident, request.ip),
        request.body,
        key,
      );
      return reply.status(outcome.replayed ? 200 : 201).send(await getMyCase(db, resident, outcome.caseId));
    },
  );

  api.get(
    '/api/resident/cases',
    { schema: { tags, summary: '我的办件', response: { 200: z.object({ items: z.array(MyCase) }) } } },
    async (request) => ({ items: await listMyCases(db, requireResident(request)) }),
  );

  api.get(
    '/api/resident/cases/:id',
    { schema: { tags, summary: '我的办件详情', params: CaseParams, response: { 200: CaseDetail } } },
    async (request) => getMyCase(db, requireResident(request), request.params.id),
  );

  api.get(
    '/api/resident/cases/:id/documents/:documentId',
    { schema: { tags, summary: '我的办件文书', params: DocumentParams, response: { 200: DocumentView } } },
    async (request) =>
      getMyDocument(db, requireResident(request), request.params.id, request.params.documentId),
  );
}
