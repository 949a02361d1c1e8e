import type { Config } from '../config';
import type { Db } from '../db/database';
import type { Actor } from '../modules/auth/actor';
import type { RealNameProvider } from '../modules/identity/real-name-provider';
import type { JobControl } from '../modules/jobs/job-control';
import type { Notifier } from '../modules/notify/notifier';

/** What every route and operation may use; built once at start. */
export interface AppContext {
  db: Db;
  config: Config;
  notifier: Notifier;
  /** The real-name verification provider (REAL_NAME_PROVIDER), or null: none configured. */
  realName: RealNameProvider | null;
  /** The background jobs: running (JOBS=1) or only known (JOBS=0). */
  jobs: JobControl;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
