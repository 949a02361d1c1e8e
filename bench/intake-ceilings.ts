import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Figures, figures } from './figures';

/**
 * The two ceilings the intake targets are measured against: PostgreSQL running
 * the same statements as pgbench clients (bench/pgbench/intake.sql), and the
 * bare Fastify server (bench/bare-fastify.ts) driven by the same load generator.
 */

const run = promisify(execFile);

/**
 * pgbench with `clients` connections for `seconds`, each transaction of the
 * script timed in pgbench's per-transaction log (microseconds, 3rd column).
 */
export async function runPgbench(
  url: string,
  script: string,
  variables: Record<string, string | number>,
  options: { clients: number; seconds: number; workDir: string },
): Promise<Figures & { failed: number }> {
  const prefix = path.join(options.workDir, 'pgbench');
  const defines = Object.entries(variables).flatMap(([name, value]) => ['-D', `${name}=${value}`]);
  const { stdout } = await run(
    '/usr/bin/pgbench',
    [
      '-n',
      '-M',
      'prepared',
      '-c',
      String(options.clients),
      '-j',
      '2',
      '-T',
      String(options.seconds),
      '-f',
      script,
      '-l',
      `--log-prefix=${prefix}`,
      ...defines,
      url,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const logs = readdirSync(options.workDir).filter((name) => name.startsWith('pgbench.'));
  const latencies = logs.flatMap((name) => {
    const file = path.join(options.workDir, name);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    rmSync(file);
    return lines.map((line) => Number(line.split(' ')[2]) / 1000);
  });
  const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
  return { ...figures(latencies, options.seconds), failed };
}

/** Starts the bare Fastify server with the recorded replies; resolves with its URL. */
export async function startBareFastify(repliesFile: string): Promise<{ url: string; child: ChildProcess }> {
  return await startServerProcess('bench/bare-fastify.ts', [repliesFile]);
}

/** Starts a bench's server script in its own process; resolves with the URL it prints ("listening <url>"). */
export async function startServerProcess(
  script: string,
  args: string[],
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { url, child };
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
