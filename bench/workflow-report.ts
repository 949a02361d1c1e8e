import type { Figures } from './figures';
import type { Cpu } from './load-runner';
import { cpuOf, errorsOf, FIGURES_HEADER, figuresOf, figuresRow, ratio } from './report-table';

/** The back-office bench's summary: a Markdown table of the figures, the sweeps, and the ratios. */

const APPROVE_TARGET = { perSecond: 2_000, p99: 50 };
const INBOX_TARGET = { p99: 30 };
const SWEEP_TARGET_MS = 1_000;

export interface WorkflowReport {
  cases: number;
  openTasks: number;
  approvers: number;
  loadSeconds: number;
  seconds: number;
  approveClients: number;
  inboxClients: number;
  approvalStatements: number;
  inboxStatements: number;
  approve: Record<string, unknown>;
  approveAlone: Record<string, unknown>;
  inbox: Record<string, unknown>;
  inboxAlone: Record<string, unknown>;
  peerApprove: Record<string, unknown>;
  pgbench: Figures & { failed: number; cpu: Cpu };
  sweeps: { ms: number; yellow: number; red: number }[];
}

export function printWorkflowReport(report: WorkflowReport): void {
  const approve = figuresOf(report.approve, 'requests');
  const inbox = figuresOf(report.inbox, 'requests');
  const approveAlone = figuresOf(report.approveAlone, 'requests');
  const inboxAlone = figuresOf(report.inboxAlone, 'requests');
  const peer = figuresOf(report.peerApprove, 'requests');
  const { pgbench } = report;
  const repeats = report.sweeps.slice(1).map((sweep) => sweep.ms);
  const lines = [
    `${report.cases.toLocaleString('en')} cases, ${report.openTasks.toLocaleString('en')} open tasks, ${report.approvers} approvers (loaded or topped up in ${report.loadSeconds} s); ${report.seconds} s per measurement after a 5 s warm-up; one approval = ${report.approvalStatements} statements, one inbox page = ${report.inboxStatements}`,
    '',
    ...FIGURES_HEADER,
    figuresRow(
      'approve: `POST /api/tasks/:id/approve` (opens the next step)',
      report.approveClients,
      approve,
      errorsOf(report.approve),
      cpuOf(report.approve),
    ),
    figuresRow(
      'the same, one client at a time',
      1,
      approveAlone,
      errorsOf(report.approveAlone),
      cpuOf(report.approveAlone),
    ),
    figuresRow(
      'peer: bpmn-engine 25.0.1, the same two user tasks, state in jsonb',
      report.approveClients,
      peer,
      errorsOf(report.peerApprove),
      cpuOf(report.peerApprove),
    ),
    figuresRow(
      `ceiling: pgbench, the ${report.approvalStatements} statements of one approval`,
      report.approveClients,
      pgbench,
      pgbench.failed,
      pgbench.cpu,
    ),
    figuresRow(
      "inbox: `GET /api/tasks?box=mine` first page (20) of an approver's",
      report.inboxClients,
      inbox,
      errorsOf(report.inbox),
      cpuOf(report.inbox),
    ),
    figuresRow(
      'the same, one client at a time',
      1,
      inboxAlone,
      errorsOf(report.inboxAlone),
      cpuOf(report.inboxAlone),
    ),
    '',
    '| warning sweep over the open tasks (in-process, `sweepWarnings`) | ms | yellow raised | red raised |',
    '|---|---:|---:|---:|',
    ...report.sweeps.map(
      (sweep, index) =>
        `| ${index === 0 ? 'first of this run' : `repeat ${index}`} | ${sweep.ms.toLocaleString('en')} | ${sweep.yellow} | ${sweep.red} |`,
    ),
    '',
    '| ratio | value |',
    '|---|---:|',
    `| approve ÷ peer (bpmn-engine) | ${ratio(approve.perSecond, peer.perSecond)} |`,
    `| approve ÷ PostgreSQL ceiling (pgbench) | ${ratio(approve.perSecond, pgbench.perSecond)} |`,
    `| approve target (${APPROVE_TARGET.perSecond}/s) ÷ PostgreSQL ceiling | ${ratio(APPROVE_TARGET.perSecond, pgbench.perSecond)} |`,
    `| approve p99 ÷ peer p99 | ${ratio(approve.p99, peer.p99)} |`,
    `| approve p99 ÷ target p99 (${APPROVE_TARGET.p99} ms) | ${ratio(approve.p99, APPROVE_TARGET.p99)} |`,
    `| approve p99, one client ÷ target p99 | ${ratio(approveAlone.p99, APPROVE_TARGET.p99)} |`,
    `| inbox p99 ÷ target p99 (${INBOX_TARGET.p99} ms) | ${ratio(inbox.p99, INBOX_TARGET.p99)} |`,
    `| inbox p99, one client ÷ target p99 | ${ratio(inboxAlone.p99, INBOX_TARGET.p99)} |`,
    `| repeated sweep ÷ target (${SWEEP_TARGET_MS} ms) | ${repeats.length > 0 ? ratio(Math.max(...repeats), SWEEP_TARGET_MS) : '–'} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
