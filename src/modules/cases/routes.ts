import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireStaff } from '../../server/auth-plugin';
import { pageOf } from '../../server/pagination';
import { todayInChina } from '../../shared/certificate-status';
import { type AuditActor, auditActorOf, type StaffActor } from '../auth/actor';
import { acceptCase } from './accept-case';
import { acceptTolerantly } from './accept-tolerantly';
import type { ActDeps } from './case-act';
import type { Issued as IssuedResult } from './case-documents';
import { overdueCommitmentsFor } from './commitments';
import { completeOnTheSpot } from './complete-on-the-spot';
import { idempotencyKeyOf } from './idempotency';
import { issueMissingNotice } from './missing-notice';
import { recordPaperReceived, recordPaperSent } from './paper-handover';
import { recordMaterials } from './record-materials';
import { refuseCase } from './refuse-case';
import {
  AcceptBody,
  type Act,
  CaseListQuery,
  CaseParams,
  CompleteBody,
  DocumentParams,
  IdempotencyHeaders,
  PaperSentBody,
  RecordMaterialsBody,
  RefuseBody,
  StartCaseBody,
  TolerantBody,
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
  Changed,
  DocumentView,
  Issued,
  MaterialCheck,
  OverdueList,
  Started,
} from './views';

const tags = ['办件受理'];

/** The staff side of intake: start, check, decide, hand over paper, read (logged). */
export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier } = app.ctx;
  const deps = { db, notifier };
  const clerk = (request: FastifyRequest) => {
    const actor = requirePermission(request, 'case.intake');
    return { actor, audit: auditActorOf(actor, request.ip) };
  };

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

  api.put(
    '/api/cases/:id/materials',
    {
      schema: {
        tags,
        summary: '登记收取的材料（提交、不符合要求、复用、不适用；补交容缺材料）',
        params: CaseParams,
        body: RecordMaterialsBody,
        response: { 200: Changed.extend({ commitmentsFulfilled: z.boolean() }) },
      },
    },
    async (request) => {
      const { actor, audit } = clerk(request);
      return recordMaterials(deps, actor, audit, request.params.id, request.body);
    },
  );

  /** An intake decision: a clerk's act that issues a written document. */
  function decision<B extends z.ZodType<Act>>(
    path: string,
    summary: string,
    body: B,
    operation: (
      deps: ActDeps,
      actor: StaffActor,
      audit: AuditActor,
      id: string,
      input: z.infer<B>,
    ) => Promise<IssuedResult>,
  ) {
    api.post(
      `/api/cases/:id/${path}`,
      { schema: { tags, summary, params: CaseParams, body, response: { 200: Issued } } },
      async (request) => {
        const { actor, audit } = clerk(request);
        // The provider types a generic body loosely; the route's schema has parsed it as B.
        return operation(deps, actor, audit, request.params.id, request.body as z.infer<B>);
      },
    );
  }
  decision(
    'missing-notice',
    '出具一次性告知书（系统列出全部缺少或不符合要求的材料）',
    AcceptBody,
    issueMissingNotice,
  );
  decision('accept', '受理（出具受理通知书）', AcceptBody, acceptCase);
  decision(
    'accept-tolerantly',
    '容缺受理（仅次要材料；补交日期不晚于承诺时限；出具容缺受理通知书及承诺）',
    TolerantBody,
    acceptTolerantly,
  );
  decision('refuse', '不予受理（出具决定书，载明理由和复议、诉讼权利）', RefuseBody, refuseCase);
  decision('complete', '即办件当场办结（登记办理结果，如老年优待证号）', CompleteBody, completeOnTheSpot);

  api.post(
    '/api/cases/:id/paper/sent',
    {
      schema: {
        tags,
        summary: '通办件纸质材料寄出（快递单号）',
        params: CaseParams,
        body: PaperSentBody,
        response: { 200: Changed },
      },
    },
    async (request) => {
      const { actor, audit } = clerk(request);
      return recordPaperSent(deps, actor, audit, request.params.id, request.body);
    },
  );

  api.post(
    '/api/cases/:id/paper/received',
    {
      schema: {
        tags,
        summary: '属地部门签收通办件纸质材料',
        params: CaseParams,
        body: AcceptBody,
        response: { 200: Changed },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return recordPaperReceived(
        deps,
        actor,
        auditActorOf(actor, request.ip),
        request.params.id,
        request.body,
      );
    },
  );
}
