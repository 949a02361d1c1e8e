import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../server/auth-plugin';
import { AppError, forbidden, notFound } from '../../server/errors';
import { hasPlatformPermission } from '../../shared/roles';
import { recordAudit } from '../audit/record-audit';
import { auditActorOf } from '../auth/actor';
import { defaultData } from './job-control';
import { JOB_TIME_ZONE } from './job-definition';
import { recentRuns } from './job-runs';
import { JobList } from './views';

const JobParams = z.object({ name: z.string().regex(/^[a-z0-9.-]{1,80}$/, '任务名称不正确') });
const tags = ['后台任务'];

/** The jobs act on every region's cases, so only a platform-wide grant sees or starts them. */
function requireJobsAdmin(request: FastifyRequest) {
  const actor = requireStaff(request);
  if (!hasPlatformPermission(actor.grants, 'system.jobs'))
    throw forbidden('后台任务由全平台的系统管理员查看');
  return actor;
}

/** 系统管理 → 后台任务: what each job is, when it runs next, and what its last runs did. */
export async function jobRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, jobs } = app.ctx;
  const definitionOf = (name: string) => {
    const job = jobs.definitions.find((candidate) => candidate.name === name);
    if (!job) throw notFound('后台任务');
    return job;
  };

  api.get(
    '/api/system/jobs',
    {
      schema: {
        tags,
        summary: '后台任务及其最近运行情况',
        response: { 200: JobList },
      },
    },
    async (request) => {
      requireJobsAdmin(request);
      const items = await Promise.all(
        jobs.definitions.map(async (job) => ({
          name: job.name,
          label: job.label,
          description: job.description,
          cron: job.schedule?.cron ?? null,
          timeZone: JOB_TIME_ZONE,
          nextRuns: jobs.nextRuns(job, 3).map((at) => at.toISOString()),
          runs: await recentRuns(db, job.name, 10),
        })),
      );
      return { running: jobs.running, items };
    },
  );

  api.post(
    '/api/system/jobs/:name/runs',
    {
      schema: {
        tags,
        summary: '立即运行一次（排入队列，由后台执行）',
        params: JobParams,
        response: { 202: z.object({ queued: z.literal(true), queueJobId: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = requireJobsAdmin(request);
      const job = definitionOf(request.params.name);
      const queueJobId = await db.transaction().execute(async (tx) => {
        const id = await jobs.send(job, defaultData(job), { tx, trigger: 'manual' });
        if (!id) throw new AppError(409, 'JOB_ALREADY_QUEUED', `“${job.label}”已在排队，稍后会运行`);
        await recordAudit(tx, auditActorOf(actor, request.ip), {
          action: 'job.run_now',
          entityType: 'job',
          entityId: job.name,
          after: { queueJobId: id },
        });
        return id;
      });
      return reply.status(202).send({ queued: true, queueJobId });
    },
  );
}
