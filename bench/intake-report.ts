import type { Figures } from './figures';

/** The intake bench's summary: a Markdown table of the figures and the ratios to the ceilings. */

const INTAKE_TARGET = { perSecond: 1_000, p99: 100 };
const PROGRESS_TARGET = { perSecond: 10_000, p99: 20 };

/** CPU milliseconds per operation of the server process (none for pgbench) and of PostgreSQL. */
export interface Cpu {
  server: number | null;
  postgres: number;
}

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

const fig = (result: Record<string, unknown>, key: string) => result[key] as Figures;
const errorsOf = (result: Record<string, unknown>) =>
  Object.values((result.failures as Record<string, number>) ?? {}).reduce((sum, n) => sum + n, 0) +
  Number(result.socketErrors ?? 0);
const ratio = (part: number, whole: number) => (whole > 0 ? (part / whole).toFixed(2) : '–');

function row(name: string, clients: number, figures: Figures, errors: number, cpu?: Cpu): string {
  const cpuCells = cpu ? `${cpu.server ?? '–'} | ${cpu.postgres}` : ' | ';
  return `| ${name} | ${clients} | ${figures.perSecond.toLocaleString('en')} | ${figures.p50} | ${figures.p95} | ${figures.p99} | ${errors} | ${cpuCells} |`;
}
const cpuOf = (result: Record<string, unknown>) => result.cpu as Cpu;

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
    '| scenario | clients | per second | p50 ms | p95 ms | p99 ms | errors | server CPU ms/op | PostgreSQL CPU ms/op |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
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
