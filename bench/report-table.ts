import type { Figures } from './figures';
import type { Cpu } from './load-runner';

/** Pieces of the benches' Markdown reports: a row of figures, errors counted, ratios. */

export const figuresOf = (result: Record<string, unknown>, key: string) => result[key] as Figures;

export const errorsOf = (result: Record<string, unknown>) =>
  Object.values((result.failures as Record<string, number>) ?? {}).reduce((sum, n) => sum + n, 0) +
  Number(result.socketErrors ?? 0);

export const ratio = (part: number, whole: number) => (whole > 0 ? (part / whole).toFixed(2) : '–');

export const cpuOf = (result: Record<string, unknown>) => result.cpu as Cpu;

export const FIGURES_HEADER = [
  '| scenario | clients | per second | p50 ms | p95 ms | p99 ms | errors | server CPU ms/op | PostgreSQL CPU ms/op |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];

export function figuresRow(
  name: string,
  clients: number,
  figures: Figures,
  errors: number,
  cpu?: Cpu,
): string {
  const cpuCells = cpu ? `${cpu.server ?? '–'} | ${cpu.postgres}` : ' | ';
  return `| ${name} | ${clients} | ${figures.perSecond.toLocaleString('en')} | ${figures.p50} | ${figures.p95} | ${figures.p99} | ${errors} | ${cpuCells} |`;
}
