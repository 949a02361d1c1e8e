import type { Figures } from './figures';
import type { Cpu } from './load-runner';
import { cpuOf, errorsOf, FIGURES_HEADER, figuresOf as fig, ratio, figuresRow as row } from './report-table';

/** The intake bench's summary: a Markdown table of the figures and the ratios to the ceilings. */

const INTAKE_TARGET = { perSecond: 1_000, p99: 100 };
const PROGRESS_TARGET = { perSecond: 10_000, p99: 20 };

export interface Report {
  cases: number;
  persons: number;
  loadSeconds: number;
  seconds: number;
  intakeClients: number;
  progressClients: number;
  intake: Record<string, unknown>;
  progress: Record<string, unknown>;
  pgbench: Figures & { failed: number; cpu: Cpu };
  bareIntake: Record<string, unknown>;
  bareProgress: Record<string, unknown>;
}

export function printReport(report: Report): void {
  const intake = fig(report.intake, 'cases');
  const bareIntake = fig(report.bareIntake, 'cases');
  const progress = fig(report.progress, 'requests');
  const bareProgress = fig(report.bareProgress, 'requests');
  const { pgbench } = report;
  const intakeCeiling = Math.min(pgbench.perSecond, bareIntake.perSecond);
  const lines = [
    `${report.cases.toLocaleString('en')} cases, ${report.persons.toLocaleString('en')} persons (loaded or topped up in ${report.loadSeconds} s); ${report.seconds} s per measurement after a 5 s warm-up`,
    '',
    ...FIGURES_HEADER,
    row(
      'intake: one case = `POST /api/cases` + `POST /api/cases/:id/accept`',
      report.intakeClients,
      intake,
      errorsOf(report.intake),
      cpuOf(report.intake),
    ),
    row('— of which `POST /api/cases`', report.intakeClients, fig(report.intake, 'start'), 0),
    row('— of which `POST …/accept`', report.intakeClients, fig(report.intake, 'accept'), 0),
    row(
      'ceiling: pgbench, the same statements (one transaction = one case)',
      report.intakeClients,
      pgbench,
      pgbench.failed,
      pgbench.cpu,
    ),
    row(
      'ceiling: bare Fastify, the same two requests',
      report.intakeClients,
      bareIntake,
      errorsOf(report.bareIntake),
      cpuOf(report.bareIntake),
    ),
    row(
      'progress: `GET /api/public/progress/:code`',
      report.progressClients,
      progress,
      errorsOf(report.progress),
      cpuOf(report.progress),
    ),
    row(
      'ceiling: bare Fastify, the same request',
      report.progressClients,
      bareProgress,
      errorsOf(report.bareProgress),
      cpuOf(report.bareProgress),
    ),
    '',
    '| ratio | value |',
    '|---|---:|',
    `| intake ÷ PostgreSQL ceiling | ${ratio(intake.perSecond, pgbench.perSecond)} |`,
    `| intake ÷ bare Fastify ceiling | ${ratio(intake.perSecond, bareIntake.perSecond)} |`,
    `| intake target (${INTAKE_TARGET.perSecond}/s) ÷ the lower ceiling | ${ratio(INTAKE_TARGET.perSecond, intakeCeiling)} |`,
    `| progress ÷ bare Fastify ceiling | ${ratio(progress.perSecond, bareProgress.perSecond)} |`,
    `| progress target (${PROGRESS_TARGET.perSecond}/s) ÷ bare Fastify ceiling | ${ratio(PROGRESS_TARGET.perSecond, bareProgress.perSecond)} |`,
    `| intake p99 ÷ target p99 (${INTAKE_TARGET.p99} ms) | ${ratio(intake.p99, INTAKE_TARGET.p99)} |`,
    `| progress p99 ÷ target p99 (${PROGRESS_TARGET.p99} ms) | ${ratio(progress.p99, PROGRESS_TARGET.p99)} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
