import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePermission, requireStaff } from '../../server/auth-plugin';
import { pageOf } from '../../server/pagination';
import { todayInChina } from '../../shared/certificate-status';
import { auditActorOf } from '../auth/actor';
import { caseActRoutes } from './act-routes';
import { overdueCommitmentsFor } from './commitments';
import { deliveryRoutes } from './delivery/routes';
import { idempotencyKeyOf } from './idempotency';
import { intakeQueue } from './intake-queue';
import { startJointCase } from './joint-start';
import { paperRoutes } from './paper-routes';
import {
  CaseListQuery,
  CaseLookupBody,
  CaseParams,
  DocumentParams,
  IdempotencyHeaders,
  PageQuery,
  StartCaseBody,
  StartJointBody,
} from './schemas';
import {
  caseForStarter,
  checkMaterials,
  getCaseForStaff,
  getDocumentForStaff,
  listCasesForStaff,
} from './staff-views';
import { startCase } from './start-case';
import {
  CaseDetail,
  CaseSummary,
  DocumentView,
  MaterialCheck,
  OverdueList,
  QueuedApplication,
  Started,
} from './views';

const tags = ['办件受理'];

/** The staff side of intake: start a case, list and read cases (full reads are logged); the acts are in act-routes.ts. */
export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier } = app.ctx;
  const deps = { db, notifier };

  api.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: '窗口（或电话、代办员）发起办件；带 Idempotency-Key 重试时返回同一办件',
        headers: IdempotencyHeaders,
        body: StartCaseBody,
        response: { 200: Started, 201: Started },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const key = idempotencyKeyOf(request, { kind: 'staff', id: actor.id });
      const started = await startCase(deps, actor, auditActorOf(actor, request.ip), request.body, key);
      const detail = await caseForStarter(db, actor, started.caseId);
      return reply
        .status(started.replayed ? 200 : 201)
        .send({ ...detail, replayed: started.replayed, registry: started.registry });
    },
  );

  api.post(
    '/api/joint-cases',
    {
      schema: {
        tags,
        summary:
          '窗口发起“一件事”联办：一张合并表单、一份合并材料清单，生成母件和每个事项的子件；带 Idempotency-Key 重试时返回同一联办件',
        headers: IdempotencyHeaders,
        body: StartJointBody,
        response: { 200: Started, 201: Started },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const key = idempotencyKeyOf(request, { kind: 'staff', id: actor.id });
      const started = await startJointCase(deps, actor, auditActorOf(actor, request.ip), request.body, key);
      const detail = await caseForStarter(db, actor, started.caseId);
      return reply
        .status(started.replayed ? 200 : 201)
        .send({ ...detail, replayed: started.replayed, registry: started.registry });
    },
  );

  api.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: '办件列表（申请人姓名脱敏）',
        querystring: CaseListQuery,
        response: { 200: pageOf(CaseSummary) },
      },
    },
    async (request) => listCasesForStaff(db, requireStaff(request), request.query),
  );
  api.post(
    '/api/cases/lookup',
    {
      schema: {
        tags,
        summary: '某申请人的办件（号码放在请求体中，不进入网址和访问日志；申请人姓名脱敏）',
        body: CaseLookupBody,
        response: { 200: pageOf(CaseSummary) },
      },
    },
    async (request) => listCasesForStaff(db, requireStaff(request), request.body),
  );

  api.get(
    '/api/cases/intake-queue',
    {
      schema: {
        tags,
        summary: '待受理：网上、电话和代办员提交、尚未作出受理决定的申请，按受理决定期限排序',
        querystring: PageQuery,
        response: { 200: pageOf(QueuedApplication) },
      },
    },
    async (request) => intakeQueue(db, requirePermission(request, 'case.intake'), request.query),
  );

  api.get(
    '/api/cases/commitments/overdue',
    { schema: { tags, summary: '容缺承诺逾期未补交的办件', response: { 200: OverdueList } } },
    async (request) => ({
      items: await overdueCommitmentsFor(db, requirePermission(request, 'case.view'), todayInChina()),
    }),
  );

  api.get(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: '办件全貌（查阅记入日志）',
        params: CaseParams,
        response: { 200: CaseDetail },
      },
    },
    async (request) => getCaseForStaff(db, requireStaff(request), request.ip, request.params.id),
  );

  api.get(
    '/api/cases/:id/material-check',
    {
      schema: {
        tags,
        summary: '对照事项材料清单：缺什么、哪里不符合要求，以及可复用的材料和电子证照（查阅记入日志）',
        params: CaseParams,
        response: { 200: MaterialCheck },
      },
    },
    async (request) => checkMaterials(db, requireStaff(request), request.ip, request.params.id),
  );

  api.get(
    '/api/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: '文书全文（打印用；查阅记入日志）',
        params: DocumentParams,
        response: { 200: DocumentView },
      },
    },
    async (request) =>
      getDocumentForStaff(
        db,
        requireStaff(request),
        request.ip,
        request.params.id,
        request.params.documentId,
      ),
  );

  await caseActRoutes(app);
  await deliveryRoutes(app);
  await app.register(paperRoutes);
}
