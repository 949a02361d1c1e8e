import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pingDb } from '../../db/database';

const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ status: z.enum(['up', 'down']), mode: z.enum(['embedded', 'external']) }),
  /** True when this installation carries the demo district, so apps may show demo hints. */
  demoMode: z.boolean(),
  time: z.string(),
});

export async function systemRoutes(app: FastifyInstance): Promise<void> {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/health',
      { schema: { tags: ['系统'], summary: '运行状态与数据库状态', response: { 200: Health, 503: Health } } },
      async (_request, reply) => {
        const up = await pingDb(app.ctx.db);
        const body = {
          status: up ? ('ok' as const) : ('degraded' as const),
          version: app.ctx.config.version,
          database: {
            status: up ? ('up' as const) : ('down' as const),
            mode: app.ctx.config.databaseUrl ? ('external' as const) : ('embedded' as const),
          },
          demoMode: app.ctx.config.seedDemo,
          time: new Date().toISOString(),
        };
        return reply.status(up ? 200 : 503).send(body);
      },
    );
}
