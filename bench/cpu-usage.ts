import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * CPU time spent by a process and by PostgreSQL (the postmaster, its live
 * backends and the children it has reaped), from /proc, in seconds. On a
 * machine shared with other work, CPU time per operation moves far less with
 * the others' load than throughput does, so the bench reports both.
 */

const TICKS_PER_SECOND = 100;

interface Stat {
  ppid: number;
  own: number;
  reaped: number;
}

function statOf(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis are fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const tick = (index: number) => Number(fields[index - 3]);
    return { ppid: tick(4), own: tick(14) + tick(15), reaped: tick(16) + tick(17) };
  } catch {
    return null;
  }
}

export function processCpuSeconds(pid: number): number {
  return (statOf(pid)?.own ?? 0) / TICKS_PER_SECOND;
}

/** The postmaster's process id, from the first line of postmaster.pid in the cluster folder. */
export function postmasterPid(clusterDir: string): number {
  return Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

export function postgresCpuSeconds(postmaster: number): number {
  const root = statOf(postmaster);
  if (!root) return 0;
  let ticks = root.own + root.reaped;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = statOf(Number(entry));
    if (stat?.ppid === postmaster) ticks += stat.own;
  }
  return ticks / TICKS_PER_SECOND;
}
