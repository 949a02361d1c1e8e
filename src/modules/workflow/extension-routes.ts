import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../server/auth-plugin';
import { pageOf } from '../../server/pagination';
import { auditActorOf } from '../auth/actor';
import {
  ExtensionDecisionBody,
  ExtensionRejectionBody,
  ExtensionsQuery,
  RecordParams,
} from './clock-schemas';
import { ExtensionView } from './clock-views';
import { approveExtension, rejectExtension } from './decide-extension';
import { listExtensions } from './extension-queries';

const tags = ['延期审批'];

const Decided = z.object({
  id: z.string(),
  state: z.enum(['approved', 'rejected']),
  legalDeadline: z.string().nullable(),
});

/** 延期审批: a department leader's extension requests, approved or rejected. */
export async function extensionRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier } = app.ctx;
  const deps = { db, notifier };
  const leader = (request: FastifyRequest) => {
    const actor = requirePermission(request, 'extension.decide');
    return { actor, audit: auditActorOf(actor, request.ip) };
  };

  api.get(
    '/api/extensions',
    {
      schema: {
        tags,
        summary: '本人所领导部门的延期申请（默认待审批的，按申请时间排序）',
        querystring: ExtensionsQuery,
        response: { 200: pageOf(ExtensionView) },
      },
    },
    async (request) => await listExtensions(db, leader(request).actor, request.query),
  );

  api.post(
    '/api/extensions/:id/approve',
    {
      schema: {
        tags,
        summary: '批准延期：法定办结期限顺延，书面告知申请人',
        params: RecordParams,
        body: ExtensionDecisionBody,
        response: { 200: Decided },
      },
    },
    async (request) => {
      const { actor, audit } = leader(request);
      return await approveExtension(deps, actor, audit, request.params.id, request.body);
    },
  );

  api.post(
    '/api/extensions/:id/reject',
    {
      schema: {
        tags,
        summary: '不批准延期（写明理由）',
        params: RecordParams,
        body: ExtensionRejectionBody,
        response: { 200: Decided },
      },
    },
    async (request) => {
      const { actor, audit } = leader(request);
      return await rejectExtension(deps, actor, audit, request.params.id, request.body);
    },
  );
}
