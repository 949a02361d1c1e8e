import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { ensureWebBuilt } from './cli/web-build';
import { loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { loadRealNameProvider } from './modules/identity/real-name-provider';
import type { JobControl } from './modules/jobs/job-control';
import { fileStoreIn } from './modules/materials/file-store';
import { Notifier } from './modules/notify/notifier';
import { ensurePlatformAdmin } from './seed/bootstrap-admin';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_RESIDENT } from './seed/demo-district';
import { isDemoSeeded, seedDemo } from './seed/seed-demo';
import { buildApp } from './server/app';
import { openPlatformJobs } from './server/platform-jobs';
import { ROLE_LABELS, type Role } from './shared/roles';

/**
 * npm start: opens (or starts) the database, migrates, loads the demo district
 * on an embedded first start, builds the web apps if needed and serves everything.
 */
const config = loadConfig();
const say = (line: string) => process.stdout.write(`${line}\n`);
const quiet = config.logLevel === 'silent' || config.logLevel === 'error' || config.logLevel === 'fatal';
const info = (line: string) => {
  if (!quiet) say(line);
};

// Signals are handled from the first moment, so a stop during start-up still shuts the database down.
let app: FastifyInstance | undefined;
let jobs: JobControl | undefined;
let stopping = false;
const opening = openDatabase(config, (line) => {
  if (config.logLevel === 'debug' || config.logLevel === 'trace' || !line.startsWith('[postgres]'))
    info(line);
});
async function shutdown(reason: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  app?.log.info({ reason }, 'shutting down: no new requests, finishing those in flight');
  try {
    await app?.close();
    // Running attempts finish (or go back to the queue) before the database goes away.
    await jobs?.stop();
  } finally {
    await opening.then((opened) => opened.close()).catch(() => {});
    say(exitCode === 0 ? '已停止 (stopped)' : '已停止，请根据上面的提示处理后重新启动 (stopped)');
    process.exit(exitCode);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
// npm start runs this process under tsx's wrapper; if the wrapper is killed outright (kill -9), this
// process is handed to another parent and stops cleanly, so no platform is left serving unseen.
const parentAtStart = process.ppid;
setInterval(() => {
  if (process.ppid !== parentAtStart) void shutdown('parent process gone');
}, 1000).unref();
// A failure while starting (database unreachable, port taken) gets one readable line, then a clean stop.
process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
  const databaseDown = ['ECONNREFUSED', 'ENOTFOUND', '28P01', '3D000'].includes(error.code ?? '');
  const hint =
    error.code === 'EADDRINUSE'
      ? `端口 ${config.port} 已被占用，请设置 PORT 换一个端口`
      : databaseDown && config.databaseUrl
        ? `无法连接 DATABASE_URL 指定的数据库（${error.message}）`
        : error.message;
  process.stderr.write(`启动或运行失败 (fatal): ${hint}\n`);
  void shutdown('fatal error', 1);
});

const database = await opening;
if (config.seedDemo) {
  // Seeding is idempotent, so later starts add only the demo data a newer version brings.
  if (!(await isDemoSeeded(database.db))) info('首次启动，正在载入演示数据 (loading demo data)…');
  await seedDemo(database.db);
}
const bootstrap = await ensurePlatformAdmin(database.db, config.adminPassword);
await ensureWebBuilt({ log: info });

const notifier = new Notifier(undefined, config.publicBaseUrl);
const jobsLogger = pino({ level: config.logLevel }).child({ module: 'jobs' });
const files = fileStoreIn(config.dataDir);
jobs = await openPlatformJobs(config, database.url, { db: database.db, notifier, files }, jobsLogger);
const realName = await loadRealNameProvider(config.realNameProvider);
app = await buildApp({ db: database.db, config, notifier, realName, jobs });
await app.listen({ port: config.port, host: config.host });
const port = (app.server.address() as { port: number }).port;

say('');
say(`一次 Yici 政务服务平台已启动  http://localhost:${port}/`);
say(`  工作人员端 (staff)     http://localhost:${port}/`);
say(`  群众移动端 (resident)  http://localhost:${port}/m/`);
say(`  接口文档 (API docs)    http://localhost:${port}/api/docs`);
say(
  `  数据库 (database)      ${config.databaseUrl ? 'DATABASE_URL' : `内置 PostgreSQL，数据目录 ${config.dataDir}`}`,
);
say(`  后台任务 (jobs)        ${jobs.running ? `已启动 ${jobs.definitions.length} 项` : '未启用 (JOBS=0)'}`);
if (await isDemoSeeded(database.db)) {
  say(`演示账号 (demo accounts), 密码均为 ${DEMO_PASSWORD}:`);
  for (const account of DEMO_ACCOUNTS) {
    say(`  ${account.username.padEnd(11)} ${ROLE_LABELS[account.role as Role]}（${account.displayName}）`);
  }
  say(`  群众端：手机号 ${DEMO_RESIDENT.phone}，验证码在工作人员端“消息发件箱”中查看`);
}
if (bootstrap?.password) {
  say(`首个管理员账号 admin 的初始密码（仅显示这一次）: ${bootstrap.password}`);
} else if (bootstrap) {
  say('首个管理员账号 admin 已创建，密码为 ADMIN_PASSWORD 的值，首次登录须修改。');
}
say('按 Ctrl+C 停止 (press Ctrl+C to stop)');
