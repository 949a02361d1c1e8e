import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../server/auth-plugin';
import { PageQuery, pageOf } from '../../server/pagination';
import { maskPhone } from '../../shared/phone';

const OutboxMessage = z.object({
  id: z.number(),
  channel: z.string(),
  recipientMasked: z.string(),
  purpose: z.string(),
  body: z.string(),
  provider: z.string(),
  status: z.string(),
  createdAt: z.string(),
});

/** One phone's messages: the number travels in the body, so it stays out of URLs and access logs. */
const OutboxLookupBody = PageQuery.extend({
  phone: z
    .string()
    .trim()
    .regex(/^\d{11}$/, '请输入11位手机号码'),
});

type OutboxFilter = z.infer<typeof PageQuery> & { phone?: string };

/** The outbox: messages the default provider kept instead of sending, for administrators to read. */
export async function notifyRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.ctx;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const outbox = async (filter: OutboxFilter) => {
    let query = db.selectFrom('notifications');
    if (filter.phone) query = query.where('recipient', '=', filter.phone);
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
        channel: row.channel,
        recipientMasked: maskPhone(row.recipient),
        purpose: row.purpose,
        body: row.body,
        provider: row.provider,
        status: row.status,
        createdAt: row.created_at.toISOString(),
      })),
      total: Number(count.n),
      page: filter.page,
      pageSize: filter.pageSize,
    };
  };
  api.get(
    '/api/outbox',
    {
      schema: {
        tags: ['消息'],
        summary: '消息发件箱（短信/微信通知记录）',
        querystring: PageQuery,
        response: { 200: pageOf(OutboxMessage) },
      },
    },
    async (request) => {
      requirePermission(request, 'outbox.view');
      return outbox(request.query);
    },
  );
  api.post(
    '/api/outbox/lookup',
    {
      schema: {
        tags: ['消息'],
        summary: '发给某个手机号码的消息（号码放在请求体中，不进入网址和访问日志）',
        body: OutboxLookupBody,
        response: { 200: pageOf(OutboxMessage) },
      },
    },
    async (request) => {
      requirePermission(request, 'outbox.view');
      return outbox(request.body);
    },
  );
}
