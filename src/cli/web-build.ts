import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compressBuiltApp } from './web-compress';

/**
 * Builds the web apps with Vite when their sources changed since the last build
 * (or when forced), and writes a brotli and a gzip copy beside each text file it made
 * (web-compress.ts), which the server sends to browsers that accept them.
 * A stamp of the sources' sizes and times sits in each dist folder.
 *
 * Each page of an app is a build of its own into the app's folder: the resident app's
 * QR-code pages (track.html for /t/, verify.html for /v/) share no chunk with the app, so
 * a phone that scans a code fetches one script and one style sheet after the page, not a
 * dozen small shared chunks (a slow network pays its latency per round of requests).
 * Each build's manifest, .vite/<page>.json, says what its page loads.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
export const WEB_APPS = {
  staff: ['index.html'],
  mobile: ['index.html', 'track.html', 'verify.html'],
} as const;
type WebApp = keyof typeof WEB_APPS;
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
  const stale = (Object.keys(WEB_APPS) as WebApp[]).filter(
    (app) => options.force || !existsSync(stampFile(app)) || readFileSync(stampFile(app), 'utf8') !== stamp,
  );
  if (stale.length === 0) return;
  const { build } = await import('vite');
  for (const app of stale) {
    log(`正在构建网页应用 ${app} (building web app)…`);
    for (const [index, page] of WEB_APPS[app].entries()) {
      await build({
        configFile: path.join(ROOT, 'web', app, 'vite.config.ts'),
        logLevel: 'warn',
        build: {
          rolldownOptions: { input: path.join(ROOT, 'web', app, page) },
          emptyOutDir: index === 0,
          manifest: `.vite/${page.replace(/\.html$/, '')}.json`,
        },
      });
    }
    await compressBuiltApp(path.join(ROOT, 'dist/web', app));
    writeFileSync(stampFile(app), stamp);
  }
}
