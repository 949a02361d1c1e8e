import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withinRegions } from '../../db/region-scope';
import { requirePermission } from '../../server/auth-plugin';
import { PageQuery, pageOf } from '../../server/pagination';
import { maskNumbersIn } from '../../shared/mask-numbers';
import { regionRootsFor } from '../../shared/roles';

const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorKind: z.string(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  regionCode: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

const AuditQuery = PageQuery.extend({
  entityType: z.string().trim().max(40).optional(),
  action: z.string().trim().max(60).optional(),
  actorName: z.string().trim().max(30).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.ctx;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit-log',
    {
      schema: {
        tags: ['审计'],
        summary: '操作审计日志（新到旧）',
        querystring: AuditQuery,
        response: { 200: pageOf(AuditEntry) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'audit.view');
      const roots = regionRootsFor(actor.grants, 'audit.view');
      const filter = request.query;
      let query = db.selectFrom('audit_log').where((eb) => withinRegions(eb, 'region_code', roots));
      if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
      if (filter.action) query = query.where('action', 'like', `${filter.action}%`);
      if (filter.actorName) query = query.where('actor_name', '=', filter.actorName);
      if (filter.from) query = query.where('at', '>=', new Date(filter.from));
      if (filter.to) query = query.where('at', '<', new Date(filter.to));
      const [rows, count] = await Promise.all([
        query
          .selectAll()
          .orderBy('id', 'desc')
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((row) => ({
          id: Number(row.id),
          at: row.at.toISOString(),
          actorKind: row.actor_kind,
          // Rows recorded before actors were masked (the log is append-only) are masked as they are shown.
          actorName: row.actor_kind === 'resident' ? maskNumbersIn(row.actor_name) : row.actor_name,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          regionCode: row.region_code,
          before: row.before,
          after: row.after,
          ip: row.ip,
        })),
        total: Number(count.n),
        page: filter.page,
        pageSize: filter.pageSize,
      };
    },
  );
}
