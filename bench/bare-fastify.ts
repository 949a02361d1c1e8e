import { readFileSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcceptBody,
  CaseParams,
  IdempotencyHeaders,
  PublicParams,
  StartCaseBody,
} from '../src/modules/cases/schemas';
import { Issued, PublicProgress, Started } from '../src/modules/cases/views';
import { registerErrorHandling } from '../src/server/errors';

/**
 * The bare-Fastify ceiling of the intake bench, run as its own process: the
 * platform's HTTP stack (Fastify 5, helmet, cookies, the error handler, zod
 * validation of the same request schemas and serialisation of the same reply
 * schemas, pino at warn) with the three routes the bench drives answering a
 * reply the platform gave, recorded by the bench (argv[2]); no database and no business logic.
 */
z.config(z.locales.zhCN());
const replies = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as {
  started: z.infer<typeof Started>;
  accepted: z.infer<typeof Issued>;
  progress: z.infer<typeof PublicProgress>;
};

const app = Fastify({ logger: { level: 'warn' }, trustProxy: true, bodyLimit: 1024 * 1024 });
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
registerErrorHandling(app);
await app.register(fastifyHelmet);
await app.register(fastifyCookie);
const api = app.withTypeProvider<ZodTypeProvider>();

api.post(
  '/api/cases',
  { schema: { headers: IdempotencyHeaders, body: StartCaseBody, response: { 201: Started } } },
  async (_request, reply) => reply.status(201).send(replies.started),
);
api.post(
  '/api/cases/:id/accept',
  { schema: { params: CaseParams, body: AcceptBody, response: { 200: Issued } } },
  async () => replies.accepted,
);
api.get(
  '/api/public/progress/:code',
  { schema: { params: PublicParams, response: { 200: PublicProgress } } },
  async () => replies.progress,
);

await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
process.stdout.write(`listening http://127.0.0.1:${port}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
