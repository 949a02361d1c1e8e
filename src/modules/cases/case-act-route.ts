import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type AuditActor, auditActorOf, type StaffActor } from '../auth/actor';
import type { ActDeps } from './case-act';
import { type Act, CaseParams } from './schemas';

/** A staff member's act on one case, as its operation function takes it. */
export type CaseOperation<I, R> = (
  deps: ActDeps,
  actor: StaffActor,
  audit: AuditActor,
  id: string,
  input: I,
) => Promise<R>;

/**
 * Registers POST /api/cases/:id/<path> for an act on one case: `who` says which
 * staff may call it at all (the operation checks the case itself), `body` parses
 * the request and `reply` describes the answer.
 */
export function caseActRoute<B extends z.ZodType<Act>>(
  app: FastifyInstance,
  route: {
    path: string;
    tags: string[];
    summary: string;
    body: B;
    reply: z.ZodType;
    who: (request: FastifyRequest) => StaffActor;
    operation: CaseOperation<z.infer<B>, unknown>;
  },
): void {
  const { db, notifier } = app.ctx;
  app.withTypeProvider<ZodTypeProvider>().post(
    `/api/cases/:id/${route.path}`,
    {
      schema: {
        tags: route.tags,
        summary: route.summary,
        params: CaseParams,
        body: route.body,
        response: { 200: route.reply },
      },
    },
    async (request) => {
      const actor = route.who(request);
      // The provider types a generic body loosely; the route's schema has parsed it as B.
      const input = request.body as z.infer<B>;
      const audit = auditActorOf(actor, request.ip);
      // The reply's shape is checked by the response schema's serializer.
      return await route.operation({ db, notifier }, actor, audit, request.params.id, input);
    },
  );
}
