import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Builds the web apps with Vite when their sources changed since the last build
 * (or when forced). A stamp of the sources' sizes and times sits in each dist folder.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
export const WEB_APPS = ['staff', 'mobile'] as const;
const SOURCE_DIRS = ['web', 'src/shared'];

function sourceStamp(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else {
        const stat = statSync(full);
        hash.update(`${path.relative(ROOT, full)}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(ROOT, dir));
  hash.update(readFileSync(path.join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
}

export async function ensureWebBuilt(
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<void> {
  const log = options.log ?? console.log;
  const stamp = sourceStamp();
  const stampFile = (app: string) => path.join(ROOT, 'dist/web', app, '.source-stamp');
  const stale = WEB_APPS.filter(
    (app) => options.force || !existsSync(stampFile(app)) || readFileSync(stampFile(app), 'utf8') !== stamp,
  );
  if (stale.length === 0) return;
  const { build } = await import('vite');
  for (const app of stale) {
    log(`正在构建网页应用 ${app} (building web app)…`);
    await build({ configFile: path.join(ROOT, 'web', app, 'vite.config.ts'), logLevel: 'warn' });
    writeFileSync(stampFile(app), stamp);
  }
}
