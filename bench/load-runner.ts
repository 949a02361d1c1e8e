import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { postgresCpuSeconds, processCpuSeconds } from './cpu-usage';
import type { LoadSpec } from './load-client';

/**
 * Runs the load generator (bench/load-client.ts) in its own process, so it
 * does not share an event loop with what it measures, and adds to a
 * measurement the CPU milliseconds per operation of the server and PostgreSQL.
 */

const say = (line: string) => process.stderr.write(`${line}\n`);

/** Runs the load generator in its own process and returns the JSON line it prints. */
export async function runLoadClient(workDir: string, spec: LoadSpec): Promise<Record<string, unknown>> {
  const specFile = path.join(workDir, `${spec.name.replace(/\W+/g, '-')}.json`);
  writeFileSync(specFile, JSON.stringify(spec));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load-client.ts', specFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`load client exited with ${code}`);
  return JSON.parse(output.trim().split('\n').at(-1) as string) as Record<string, unknown>;
}

export interface Cpu {
  server: number | null;
  postgres: number;
}

/**
 * Runs a measurement, adding the CPU milliseconds the server process (when
 * there is one) and PostgreSQL spent per operation: the result's `cases`,
 * `requests` or `count`.
 */
export async function withCpu<T extends object>(
  postmaster: number,
  serverPid: number | undefined,
  run: () => Promise<T>,
): Promise<T & { cpu: Cpu }> {
  const before = {
    server: serverPid ? processCpuSeconds(serverPid) : 0,
    postgres: postgresCpuSeconds(postmaster),
  };
  const result = await run();
  const counted = result as { cases?: { count: number }; requests?: { count: number }; count?: number };
  const operations = counted.cases?.count ?? counted.requests?.count ?? counted.count ?? 0;
  const perOperation = (seconds: number) => Number(((seconds * 1000) / Math.max(1, operations)).toFixed(2));
  const cpu = {
    server: serverPid ? perOperation(processCpuSeconds(serverPid) - before.server) : null,
    postgres: perOperation(postgresCpuSeconds(postmaster) - before.postgres),
  };
  say(JSON.stringify({ ...result, cpu }));
  return { ...result, cpu };
}
