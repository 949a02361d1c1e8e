import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../server/auth-plugin';
import { pageOf } from '../../server/pagination';
import { DepartmentWarnings, WarningEntry, WarningQuery } from './schemas';
import { warningList, warningSummary } from './warning-queries';

const tags = ['电子监察'];

/** The supervision office's warnings: counts by department and the list to drill into. */
export async function supervisionRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  api.get(
    '/api/supervision/warnings/by-department',
    {
      schema: {
        tags,
        summary: '各部门黄牌、红牌数（本人监察范围内）',
        querystring: WarningQuery,
        response: { 200: z.object({ items: z.array(DepartmentWarnings) }) },
      },
    },
    async (request) => ({
      items: await warningSummary(db, requirePermission(request, 'case.supervise'), request.query),
    }),
  );

  api.get(
    '/api/supervision/warnings',
    {
      schema: {
        tags,
        summary: '预警列表（最新的在前），可按级别、部门筛选',
        querystring: WarningQuery,
        response: { 200: pageOf(WarningEntry) },
      },
    },
    async (request) => await warningList(db, requirePermission(request, 'case.supervise'), request.query),
  );
}
