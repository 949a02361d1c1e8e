import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a server left running gets to finish its fast shutdown before the start gives up. */
const SHUTDOWN_WAIT_MS = 60_000;

interface ProcessInfo {
  parentPid: number;
  args: string[];
}

/** A live process's parent and command line; null when it is gone (or a zombie). */
function processInfo(pid: number): ProcessInfo | null {
  try {
    if (existsSync('/proc/self/stat')) {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (name) state ppid …": the name may hold spaces and parentheses.
      const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return args.length > 0 ? { parentPid, args } : null;
    }
    // No /proc (macOS): ps prints them, or fails for a process that is gone.
    const line = execFileSync('ps', ['-o', 'ppid=,args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    const [parentPid, ...args] = line.split(/\s+/);
    return line ? { parentPid: Number(parentPid), args } : null;
  } catch {
    return null;
  }
}

/**
 * The live PostgreSQL server of this cluster folder, from its postmaster.pid: that process
 * alive and really a postgres started with `-D <clusterDir>` (not another program that got
 * the pid after a crash); null otherwise.
 */
export function runningServerOf(clusterDir: string): { pid: number; parentPid: number } | null {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const info = processInfo(pid);
  if (!info || !/(^|\/)postgres$/.test(info.args[0] ?? '')) return null;
  const dataDir = info.args[info.args.indexOf('-D') + 1];
  if (!info.args.includes('-D') || !dataDir) return null;
  return path.resolve(dataDir) === path.resolve(clusterDir) ? { pid, parentPid: info.parentPid } : null;
}

/** The process that starts a server records itself here (`<dataDir>/pg-owner`). */
export async function recordOwner(dataDir: string): Promise<void> {
  await fs.writeFile(path.join(dataDir, 'pg-owner'), String(process.pid));
}

function ownerOf(dataDir: string): number | null {
  const file = path.join(dataDir, 'pg-owner');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : null;
}

/**
 * Before the embedded server starts. A server of this folder whose owner is still its parent
 * belongs to a platform process that is still running: refuse, as two platforms must not share
 * one folder. A server whose owner is gone (killed before its watchdog could act, or with it) is
 * left running: it gets a fast shutdown (SIGINT: connections closed, a checkpoint, the pid file
 * removed) and is waited for. A pid file whose process is gone, or is not that server, is stale.
 */
export async function clearLeftRunningServer(
  dataDir: string,
  clusterDir: string,
  notice: (line: string) => void,
): Promise<void> {
  const server = runningServerOf(clusterDir);
  if (server && server.parentPid === ownerOf(dataDir)) {
    throw new Error(`数据目录 ${dataDir} 正被另一个平台进程 (pid ${server.parentPid}) 使用`);
  }
  if (server) {
    notice(
      `内置数据库上次未停止 (pid ${server.pid})，正在关闭后重新启动 (stopping the server left running)…`,
    );
    process.kill(server.pid, 'SIGINT');
    const deadline = Date.now() + SHUTDOWN_WAIT_MS;
    while (runningServerOf(clusterDir)?.pid === server.pid) {
      if (Date.now() > deadline) {
        throw new Error(
          `数据目录 ${clusterDir} 正被 PostgreSQL 进程 (pid ${server.pid}) 使用，且它未能在一分钟内停止`,
        );
      }
      await sleep(100);
    }
  }
  // A crash leaves the file behind; postgres itself would refuse it while the pid is in use.
  await fs.rm(path.join(clusterDir, 'postmaster.pid'), { force: true });
}
