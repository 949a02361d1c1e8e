import { type ChildProcess, spawn } from 'node:child_process';

/**
 * The platform as `npm start` runs it (src/main.ts in its own process), on a free
 * port with the given data folder; resolves once it has printed its banner.
 */
export interface PlatformProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export function startPlatformProcess(
  dataDir: string,
  env: Record<string, string> = {},
  /** 'tsx': under tsx's own command, as `npm start` runs it (the platform is then the wrapper's child). */
  runner: 'node' | 'tsx' = 'node',
): Promise<PlatformProcess> {
  const args =
    runner === 'tsx' ? ['node_modules/tsx/dist/cli.mjs', 'src/main.ts'] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
    child.stdout?.on('data', () => {
      const match = /已启动\s+(http:\/\/localhost:\d+)\//.exec(output);
      if (match?.[1] && /按 Ctrl\+C 停止/.test(output)) {
        clearTimeout(timer);
        resolve({ child, baseUrl: match[1].replace('localhost', '127.0.0.1'), output: () => output, stop });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
}
