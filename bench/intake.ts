import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sessionIdOf } from '../src/modules/auth/sessions';
import { openBenchPlatform, sayPlatformErrors } from './bench-platform';
import { signInStaff } from './bench-sessions';
import { postmasterPid } from './cpu-usage';
import { demoClerk, loadHistory } from './intake-cases';
import { runPgbench, startBareFastify, stopChild } from './intake-ceilings';
import { printReport } from './intake-report';
import { intakeTarget, sampleCodes } from './intake-world';
import type { LoadSpec } from './load-client';
import { runLoadClient, withCpu } from './load-runner';
import { recordReplies } from './record-replies';
import { statementLog } from './workflow-statements';

/**
 * Intake targets (issue 4): window intake of a 3-material item with acceptance,
 * ≥ 1,000 cases/s sustained with p99 < 100 ms; public progress look-ups by code,
 * ≥ 10,000/s with p99 < 20 ms; among 1,000,000 loaded cases. Each is measured
 * against its ceilings on the same machine in the same run: PostgreSQL running
 * the same statements (pgbench) and the bare Fastify stack.
 *
 * BENCH_CASES (1,000,000), BENCH_SECONDS per measurement (30), BENCH_INTAKE_CLIENTS (8),
 * BENCH_PROGRESS_CLIENTS (32); BENCH_DATA_DIR keeps the database there between
 * runs (later runs load only the cases missing).
 */
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const INTAKE_CLIENTS = Number(process.env.BENCH_INTAKE_CLIENTS ?? 8);
const PROGRESS_CLIENTS = Number(process.env.BENCH_PROGRESS_CLIENTS ?? 32);
const PERSONS = Math.max(40_000, Math.round(CASES / 4));
const WARM_UP_SECONDS = 5;

const say = (line: string) => process.stderr.write(`${line}\n`);
const statements = statementLog();
const bench = await openBenchPlatform('intake', {
  keepIn: process.env.BENCH_DATA_DIR || undefined,
  log: statements.log,
});
const workDir = mkdtempSync(path.join(os.tmpdir(), 'yici-bench-intake-run-'));
const { db } = bench;

try {
  const began = performance.now();
  const clerk = await demoClerk(db);
  const cases = await loadHistory(db, clerk, { cases: CASES, persons: PERSONS, say });
  const loadSeconds = Math.round((performance.now() - began) / 1000);
  say(`${cases} cases, ${PERSONS} persons ready after ${loadSeconds} s`);

  // No background jobs: nothing else talks to the database while its statements are read.
  const platform = await bench.start({ JOBS: '0' });
  const sessions = await signInStaff(platform.baseUrl, Array(INTAKE_CLIENTS).fill('clerk'));
  const target = await intakeTarget(db);
  const codesFile = path.join(workDir, 'codes.txt');
  await sampleCodes(db, codesFile, 100_000);
  const runId = Date.now().toString(36);
  const intakeSpec = (name: string, baseUrl: string, seconds: number): LoadSpec => ({
    name,
    mode: 'intake',
    baseUrl,
    connections: INTAKE_CLIENTS,
    seconds,
    sessions,
    ...target,
    population: PERSONS,
    runId: `${runId}-${name.replace(/\W+/g, '')}`,
  });
  const progressSpec = (name: string, baseUrl: string, seconds: number): LoadSpec => ({
    name,
    mode: 'progress',
    baseUrl,
    connections: PROGRESS_CLIENTS,
    seconds,
    codesFile,
  });
  const postmaster = postmasterPid(bench.clusterDir);
  const measured = <T extends object>(serverPid: number | undefined, run: () => Promise<T>) =>
    withCpu(postmaster, serverPid, run);
  const measure = async (
    spec: (name: string, url: string, seconds: number) => LoadSpec,
    name: string,
    url: string,
    serverPid: number | undefined,
  ) => {
    await runLoadClient(workDir, spec(`${name} warm-up`, url, WARM_UP_SECONDS));
    return await measured(serverPid, () => runLoadClient(workDir, spec(name, url, SECONDS)));
  };
  const intake = await measure(intakeSpec, 'platform intake', platform.baseUrl, platform.child.pid);
  const progress = await measure(progressSpec, 'platform progress', platform.baseUrl, platform.child.pid);
  sayPlatformErrors(platform.output(), say);
  const repliesFile = path.join(workDir, 'replies.json');
  let replies: unknown;
  const sent = await statements.capture(db, async () => {
    replies = await recordReplies(platform.baseUrl, sessions[0], target, PERSONS);
  });
  writeFileSync(repliesFile, JSON.stringify(replies));
  say(
    `one intake, its acceptance and its progress page: ${sent.length} statements (bench/pgbench/intake.sql repeats the first two)`,
  );
  for (const statement of sent) say(`  ${statement}`);
  await bench.stopPlatform();

  const pgbench = await measured(undefined, () =>
    runPgbench(
      bench.url,
      'bench/pgbench/intake.sql',
      {
        sid: sessionIdOf(decodeURIComponent((sessions[0]?.cookie ?? '').split('=')[1] ?? '')),
        clerk: clerk.id,
        dept: clerk.department_id ?? '',
        window: target.windowIds[0] ?? '',
        hall: target.hallId,
        item: target.itemId,
        item_dept: target.departmentId,
        residents: Math.floor((PERSONS - 4) / 8) + 1,
      },
      { clients: INTAKE_CLIENTS, seconds: SECONDS, workDir },
    ).then((figures) => ({ name: 'pgbench intake', ...figures })),
  );

  const bare = await startBareFastify(repliesFile);
  let bareIntake: Record<string, unknown>;
  let bareProgress: Record<string, unknown>;
  try {
    bareIntake = await measure(intakeSpec, 'bare Fastify intake', bare.url, bare.child.pid);
    bareProgress = await measure(progressSpec, 'bare Fastify progress', bare.url, bare.child.pid);
  } finally {
    await stopChild(bare.child);
  }
  printReport({
    cases,
    persons: PERSONS,
    loadSeconds,
    seconds: SECONDS,
    intakeClients: INTAKE_CLIENTS,
    progressClients: PROGRESS_CLIENTS,
    intake,
    progress,
    pgbench,
    bareIntake,
    bareProgress,
  });
} finally {
  await bench.stop();
  rmSync(workDir, { recursive: true, force: true });
}
