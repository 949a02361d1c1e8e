import { type ChildProcess, spawn } from 'node:child_process';

/**
 * The watchdog's whole program: it reads its stdin, a pipe whose other end only this process
 * holds. The kernel closes that end however this process ends — a clean exit, a crash, kill -9 —
 * and the read ends; the watchdog then asks the server for a fast shutdown (SIGINT) and exits.
 */
const WATCHDOG = `
const pid = Number(process.argv[1]);
const stop = () => {
  try { process.kill(pid, 'SIGINT'); } catch {}
  process.exit(0);
};
process.stdin.on('end', stop).on('error', stop).on('close', stop).resume();
`;

/**
 * Ties a server process to this one: when this process ends in any way without stopping the
 * server, the watchdog (a tiny node process, in its own process group so that a Ctrl-C at the
 * terminal does not reach it) stops the server. `release()` ends the watchdog without touching
 * the server, for a clean stop or a server that ended by itself, so it can never signal a pid
 * that another process has been given since.
 */
export function watchOverParent(serverPid: number): { release(): void } {
  const watchdog: ChildProcess = spawn(process.execPath, ['-e', WATCHDOG, String(serverPid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  // Neither the watchdog nor its pipe keeps this process alive.
  watchdog.unref();
  (watchdog.stdin as unknown as { unref(): void }).unref();
  return {
    release() {
      if (watchdog.exitCode === null && watchdog.signalCode === null) watchdog.kill('SIGKILL');
    },
  };
}
