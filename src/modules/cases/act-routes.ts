import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireStaff } from '../../server/auth-plugin';
import { auditActorOf } from '../auth/actor';
import { acceptCase } from './accept-case';
import { acceptTolerantly } from './accept-tolerantly';
import { checkApplicantIdentity } from './applicant-identity';
import { type CaseOperation, caseActRoute } from './case-act-route';
import type { Issued as IssuedResult } from './case-documents';
import { completeOnTheSpot } from './complete-on-the-spot';
import { correctForm } from './correct-form';
import { acceptJoint } from './joint-acceptance';
import { jointOr } from './joint-act';
import { noticeJoint, refuseJoint } from './joint-intake';
import { issueMissingNotice } from './missing-notice';
import { recordPaperReceived, recordPaperSent } from './paper-handover';
import { recordMaterials } from './record-materials';
import { refuseCase } from './refuse-case';
import {
  AcceptBody,
  type Act,
  CaseParams,
  CompleteBody,
  CorrectFormBody,
  IdentityCheckBody,
  PaperSentBody,
  RecordMaterialsBody,
  RefuseBody,
  TolerantBody,
} from './schemas';
import { Changed, Issued } from './views';

const tags = ['办件受理'];

/** A clerk's acts on a case: record materials, decide intake, hand over paper. */
export async function caseActRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier } = app.ctx;
  const deps = { db, notifier };
  const clerk = (request: FastifyRequest) => {
    const actor = requirePermission(request, 'case.intake');
    return { actor, audit: auditActorOf(actor, request.ip) };
  };

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

  api.put(
    '/api/cases/:id/form',
    {
      schema: {
        tags,
        summary: '受理前更正申请表（整表校验；历史记录写明改了哪些字段，不记字段值）',
        params: CaseParams,
        body: CorrectFormBody,
        response: { 200: Changed.extend({ changedFields: z.array(z.string()) }) },
      },
    },
    async (request) => {
      const { actor, audit } = clerk(request);
      return correctForm(deps, actor, audit, request.params.id, request.body);
    },
  );

  /**
   * An intake decision: a clerk's act that issues a written document. On a
   * joint case's parent, the decisions that have a joint form take it (the
   * whole bundle at once).
   */
  function decision<B extends z.ZodType<Act>>(
    path: string,
    summary: string,
    body: B,
    operation: CaseOperation<z.infer<B>, IssuedResult>,
    onJoint?: CaseOperation<z.infer<B>, IssuedResult>,
  ) {
    const who = (request: FastifyRequest) => requirePermission(request, 'case.intake');
    const chosen = onJoint ? jointOr(operation, onJoint) : operation;
    caseActRoute(app, { path, tags, summary, body, reply: Issued, who, operation: chosen });
  }
  decision(
    'missing-notice',
    '出具一次性告知书（系统列出全部缺少或不符合要求的材料）',
    AcceptBody,
    issueMissingNotice,
    noticeJoint,
  );
  decision(
    'accept',
    '受理（出具受理通知书；联办件母件：全部子件一并受理并各自进入审批）',
    AcceptBody,
    acceptCase,
    acceptJoint,
  );
  decision(
    'accept-tolerantly',
    '容缺受理（仅次要材料；补交日期不晚于承诺时限；出具容缺受理通知书及承诺）',
    TolerantBody,
    acceptTolerantly,
  );
  decision('refuse', '不予受理（出具决定书，载明理由和复议、诉讼权利）', RefuseBody, refuseCase, refuseJoint);
  decision('complete', '即办件当场办结（登记办理结果，如老年优待证号）', CompleteBody, completeOnTheSpot);
  caseActRoute(app, {
    path: 'identity-check',
    tags,
    summary: '窗口核验网上申请人的身份证原件（实名未核验的申请受理前须核验；联办件连同子件）',
    body: IdentityCheckBody,
    reply: Changed,
    who: (request) => requirePermission(request, 'case.intake'),
    operation: checkApplicantIdentity,
  });

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
