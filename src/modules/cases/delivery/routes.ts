import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireResident, requireStaff } from '../../../server/auth-plugin';
import { auditActorOf, type StaffActor } from '../../auth/actor';
import { type CaseOperation, caseActRoute } from '../case-act-route';
import type { Changed as ChangedResult } from '../paper-handover';
import { type Act, CaseParams } from '../schemas';
import { Changed } from '../views';
import { changeDeliveryAsApplicant, changeDeliveryAsClerk } from './change-delivery';
import { handOverAtWindow, recordResultPosted, recordSignedFor } from './confirm-delivery';
import { assignGridWorker, confirmGridDelivery, gridWorkersForCase, myDeliveries } from './grid-delivery';
import {
  AssignBody,
  ChangeDeliveryBody,
  DeliveredBody,
  HandOverBody,
  PostedBody,
  ResidentChangeBody,
  SignedForBody,
} from './schemas';
import { DeliveryTask, GridWorker } from './views';

const tags = ['结果送达'];

/**
 * Result delivery: the method changed by a clerk or by the applicant, the
 * hand-over at a window, posting and signing for, and the grid worker's
 * deliveries. Which case a staff member may act on is checked in each act (404 otherwise).
 */
export async function deliveryRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier } = app.ctx;
  const deps = { db, notifier };
  const reply = { 200: Changed };

  api.put(
    '/api/cases/:id/delivery',
    {
      schema: {
        tags,
        summary: '变更结果领取方式（结果寄出或交网格员之前）',
        params: CaseParams,
        body: ChangeDeliveryBody,
        response: reply,
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      return changeDeliveryAsClerk(
        deps,
        actor,
        auditActorOf(actor, request.ip),
        request.params.id,
        request.body,
      );
    },
  );

  /** A step of the delivery, by a staff member the operation lets act on the case. */
  function step<B extends z.ZodType<Act>>(
    path: string,
    summary: string,
    body: B,
    operation: CaseOperation<z.infer<B>, ChangedResult>,
    who: (request: FastifyRequest) => StaffActor = requireStaff,
  ) {
    caseActRoute(app, { path: `delivery/${path}`, tags, summary, body, reply: Changed, who, operation });
  }
  step('handed-over', '登记窗口领取（领取人；本件办结）', HandOverBody, handOverAtWindow);
  step('posted', '登记结果寄出（快递公司、单号）', PostedBody, recordResultPosted);
  step('signed-for', '登记快递签收（本件办结）', SignedForBody, recordSignedFor);
  step('assign', '指派网格员送达', AssignBody, assignGridWorker);
  step(
    'delivered',
    '网格员确认送达（仅限被指派的网格员；本件办结）',
    DeliveredBody,
    confirmGridDelivery,
    (request) => requirePermission(request, 'case.deliver'),
  );

  api.get(
    '/api/cases/:id/delivery/grid-workers',
    {
      schema: {
        tags,
        summary: '可指派的网格员（负责收件地址所在社区）',
        params: CaseParams,
        response: { 200: z.object({ items: z.array(GridWorker) }) },
      },
    },
    async (request) => ({ items: await gridWorkersForCase(db, requireStaff(request), request.params.id) }),
  );

  api.get(
    '/api/deliveries',
    {
      schema: {
        tags,
        summary: '我的送达任务（网格员；待送达的含收件人和地址，查阅记入日志）',
        response: { 200: z.object({ items: z.array(DeliveryTask) }) },
      },
    },
    async (request) => ({
      items: await myDeliveries(db, requirePermission(request, 'case.deliver'), request.ip),
    }),
  );

  api.put(
    '/api/resident/cases/:id/delivery',
    {
      schema: {
        tags: ['我的办件'],
        summary: '变更我的办件的结果领取方式',
        params: CaseParams,
        body: ResidentChangeBody,
        response: reply,
      },
    },
    async (request) => {
      const resident = requireResident(request);
      return changeDeliveryAsApplicant(
        deps,
        resident,
        auditActorOf(resident, request.ip),
        request.params.id,
        request.body,
      );
    },
  );
}
