import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { Notifier } from '../src/modules/notify/notifier';
import { sweepWarnings } from '../src/modules/supervision/sweep-warnings';
import { openBenchPlatform, sayPlatformErrors } from './bench-platform';
import { signInStaff } from './bench-sessions';
import { postmasterPid } from './cpu-usage';
import { demoClerk, loadHistory } from './intake-cases';
import { runPgbench, startServerProcess, stopChild } from './intake-ceilings';
import type { LoadSpec } from './load-client';
import { runLoadClient, withCpu } from './load-runner';
import { loadBpmnInstances, reviewInstances } from './workflow-bpmn';
import { pgbenchTasks } from './workflow-pgbench';
import { printWorkflowReport } from './workflow-report';
import { benchApprovers, loadWorkflowStaff } from './workflow-staff';
import { statementLog } from './workflow-statements';
import { approvableTasks, loadTasks, openTaskCounts, WORKFLOW_SHAPE } from './workflow-tasks';

/**
 * Back-office targets (issue 5), among 1,000,000 cases of which 200,000 are
 * open: (a) approvals (approve a task, opening the next step's) ≥ 2,000/s with
 * p99 < 50 ms; (b) an approver's inbox, first page, p99 < 30 ms; (c) the
 * warning sweep over all open tasks under 1 s. Measured beside the same
 * approval run by bpmn-engine with its state in the same PostgreSQL (the
 * peer), and PostgreSQL running the statements of one approval (pgbench).
 *
 * BENCH_CASES (1,000,000; a fifth open), BENCH_SECONDS per measurement (30),
 * BENCH_APPROVE_CLIENTS (8, also the peer's and pgbench's), BENCH_INBOX_CLIENTS
 * (16), BENCH_INBOX_SIZE (tasks per approver, 1,000), BENCH_SWEEPS (3);
 * BENCH_DATA_DIR keeps the database there between runs (later runs load only
 * what is missing; approvals done by earlier runs stay done).
 */
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const APPROVE_CLIENTS = Number(process.env.BENCH_APPROVE_CLIENTS ?? 8);
const INBOX_CLIENTS = Number(process.env.BENCH_INBOX_CLIENTS ?? 16);
const INBOX_SIZE = Number(process.env.BENCH_INBOX_SIZE ?? 1_000);
const SWEEPS = Number(process.env.BENCH_SWEEPS ?? 3);
const PERSONS = Math.max(40_000, Math.round(CASES / 4));
const WARM_UP_SECONDS = 5;
const INBOX_PATH = '/api/tasks?box=mine&page=1&pageSize=20';

const say = (line: string) => process.stderr.write(`${line}\n`);
const statements = statementLog();
const bench = await openBenchPlatform('workflow', {
  keepIn: process.env.BENCH_DATA_DIR || undefined,
  log: statements.log,
});
const workDir = mkdtempSync(path.join(os.tmpdir(), 'yici-bench-workflow-run-'));
const { db } = bench;

try {
  const began = performance.now();
  const clerk = await demoClerk(db);
  const cases = await loadHistory(db, clerk, {
    cases: CASES,
    persons: PERSONS,
    shape: WORKFLOW_SHAPE,
    say,
    alsoLoad: async (session) => {
      await loadWorkflowStaff(session, INBOX_SIZE);
      await loadTasks(session);
    },
  });
  const tasks = await openTaskCounts(db);
  await loadBpmnInstances(db, tasks.open);
  // Earlier runs (and migrations) leave dead rows behind: vacuumed now, not by autovacuum mid-measurement.
  await sql`VACUUM (ANALYZE) cases, case_tasks, case_events, case_warnings, chief_rep_turns, notifications, audit_log`.execute(
    db,
  );
  const loadSeconds = Math.round((performance.now() - began) / 1000);
  say(
    `${cases} cases, ${tasks.open} open tasks (${tasks.firstStep} in step one) ready after ${loadSeconds} s`,
  );

  // No background jobs: the bench runs the warning sweep itself, and nothing else talks to the database.
  const platform = await bench.start({ JOBS: '0' });
  const approvers = await benchApprovers(db);
  const sessions = await signInStaff(
    platform.baseUrl,
    approvers.map((approver) => approver.username),
  );
  const sessionOf = new Map(approvers.map((approver, index) => [approver.username, index]));
  const approvals = await approvableTasks(db, tasks.open);
  const actionsFile = path.join(workDir, 'approvals.txt');
  writeFileSync(
    actionsFile,
    approvals.map((task) => `${task.id} ${task.version} ${sessionOf.get(task.username)}`).join('\n'),
  );
  // The second approval is read: the first fills the platform's calendar cache, as any first request would.
  const approveOne = async (index: number) => {
    const task = approvals[index];
    const session = task ? sessions[sessionOf.get(task.username) ?? 0] : undefined;
    if (!task || !session) throw new Error('no approvable task');
    const response = await fetch(`${platform.baseUrl}/api/tasks/${task.id}/approve`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ version: task.version, opinion: '经审查，材料齐全，同意，转下一环节。' }),
    });
    if (!response.ok) throw new Error(`approve: ${response.status} ${await response.text()}`);
  };
  await approveOne(0);
  const approvalStatements = await statements.capture(db, () => approveOne(1));
  const inboxStatements = await statements.capture(db, async () => {
    const response = await fetch(`${platform.baseUrl}${INBOX_PATH}`, {
      headers: { cookie: sessions[0]?.cookie ?? '' },
    });
    if (!response.ok) throw new Error(`inbox: ${response.status} ${await response.text()}`);
  });
  say(`one approval: ${approvalStatements.length} statements; one inbox page: ${inboxStatements.length}`);
  for (const statement of [...approvalStatements, '--', ...inboxStatements]) say(`  ${statement}`);

  const postmaster = postmasterPid(bench.clusterDir);
  let actionsFrom = 2;
  /** A warm-up, then the measurement with CPU per operation; approvals never act on a task twice. */
  const measure = async (spec: LoadSpec, serverPid: number | undefined) => {
    const run = async (name: string, seconds: number) => {
      const result = await runLoadClient(workDir, { ...spec, name, seconds, actionsFrom });
      actionsFrom += Number(result.actionsSent ?? 0);
      return result;
    };
    await run(`${spec.name} warm-up`, WARM_UP_SECONDS);
    return await withCpu(postmaster, serverPid, () => run(spec.name, SECONDS));
  };
  const approveSpec: LoadSpec = {
    name: 'platform approve',
    mode: 'approve',
    baseUrl: platform.baseUrl,
    connections: APPROVE_CLIENTS,
    seconds: SECONDS,
    sessions,
    actionsFile,
    actionPath: '/api/tasks/:id/approve',
  };
  const inboxSpec: LoadSpec = {
    name: 'platform inbox',
    mode: 'inbox',
    baseUrl: platform.baseUrl,
    connections: INBOX_CLIENTS,
    seconds: SECONDS,
    sessions,
    inboxPath: INBOX_PATH,
  };
  // One client at a time as well: the latency of one request without queueing behind the others.
  const alone = (spec: LoadSpec) => ({ ...spec, name: `${spec.name}, one client`, connections: 1 });
  const approve = await measure(approveSpec, platform.child.pid);
  const approveAlone = await measure(alone(approveSpec), platform.child.pid);
  const inbox = await measure(inboxSpec, platform.child.pid);
  const inboxAlone = await measure(alone(inboxSpec), platform.child.pid);
  sayPlatformErrors(platform.output(), say);
  await bench.stopPlatform();

  const sweeps: { ms: number; yellow: number; red: number }[] = [];
  const openAtSweep = await openTaskCounts(db);
  for (let round = 0; round < SWEEPS; round++) {
    const started = performance.now();
    const raised = await sweepWarnings({ db, notifier: new Notifier() });
    sweeps.push({ ms: Math.round(performance.now() - started), ...raised });
    say(`sweep ${round + 1}: ${JSON.stringify(sweeps.at(-1))}`);
  }

  const peerFile = path.join(workDir, 'instances.txt');
  writeFileSync(peerFile, (await reviewInstances(db, tasks.open)).map((id) => `${id} 1 -1`).join('\n'));
  const peer = await startServerProcess('bench/workflow-peer.ts', [bench.url]);
  let peerApprove: Record<string, unknown>;
  try {
    actionsFrom = 0;
    peerApprove = await measure(
      {
        name: 'bpmn-engine approve',
        mode: 'approve',
        baseUrl: peer.url,
        connections: APPROVE_CLIENTS,
        seconds: SECONDS,
        actionsFile: peerFile,
        actionPath: '/instances/:id/approve',
      },
      peer.child.pid,
    );
  } finally {
    await stopChild(peer.child);
  }

  const pgbench = await withCpu(postmaster, undefined, async () =>
    runPgbench(bench.url, 'bench/pgbench/workflow.sql', await pgbenchTasks(db, sessions[0]), {
      clients: APPROVE_CLIENTS,
      seconds: SECONDS,
      workDir,
    }).then((figures) => ({ name: 'pgbench approve', ...figures })),
  );

  printWorkflowReport({
    cases,
    openTasks: openAtSweep.open,
    approvers: approvers.length,
    loadSeconds,
    seconds: SECONDS,
    approveClients: APPROVE_CLIENTS,
    inboxClients: INBOX_CLIENTS,
    approvalStatements: approvalStatements.length,
    inboxStatements: inboxStatements.length,
    approve,
    approveAlone,
    inbox,
    inboxAlone,
    peerApprove,
    pgbench,
    sweeps,
  });
} finally {
  await bench.stop();
  rmSync(workDir, { recursive: true, force: true });
}
