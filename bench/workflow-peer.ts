import { Engine } from 'bpmn-engine';
import Fastify from 'fastify';
import pg from 'pg';

/**
 * The back-office bench's peer, run as its own process (argv[2]: the database
 * URL): Fastify with one route, POST /instances/:id/approve, that in one
 * transaction locks the instance's row, recovers its bpmn-engine state,
 * resumes it, signals the user task it waits in, and saves the new state
 * (bench/workflow-bpmn.ts). A pool of 10 connections, as the platform's.
 */
const pool = new pg.Pool({ connectionString: process.argv[2] as string, max: 10 });
const app = Fastify({ logger: { level: 'warn' } });

app.post<{ Params: { id: string }; Body: { opinion?: string } }>(
  '/instances/:id/approve',
  async (request, reply) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ state: unknown }>(
        'SELECT state FROM bench_bpmn_instances WHERE id = $1 FOR UPDATE',
        [request.params.id],
      );
      if (!rows[0]) {
        await client.query('ROLLBACK');
        return reply.status(404).send({ error: 'no such instance' });
      }
      const engine = new Engine().recover(rows[0].state);
      const execution = await engine.resume();
      const [waiting] = execution.getPostponed();
      if (!waiting) {
        await client.query('ROLLBACK');
        return reply.status(409).send({ error: 'nothing to approve' });
      }
      execution.signal({ id: waiting.id, opinion: request.body?.opinion });
      const next = execution.getPostponed()[0]?.id ?? null;
      const state = await engine.getState();
      await engine.stop();
      await client.query(
        'UPDATE bench_bpmn_instances SET state = $2, waiting_for = $3, version = version + 1, updated_at = now() WHERE id = $1',
        [request.params.id, JSON.stringify(state), next],
      );
      await client.query('COMMIT');
      return { id: request.params.id, approved: waiting.id, waitingFor: next };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  },
);

await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
process.stdout.write(`listening http://127.0.0.1:${port}\n`);
process.on('SIGTERM', () => void app.close().then(() => pool.end().then(() => process.exit(0))));
