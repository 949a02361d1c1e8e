import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Serves the built web apps: the staff app at / and the resident app at /m/.
 * Unknown page paths get the app's index.html so client-side routes work;
 * unknown /api paths get a JSON 404. A certificate's QR code opens /v/<token>,
 * short for the code's sake, answered by the resident app's verify.html (its public
 * check page alone); likewise /t/<code>, a receipt's QR code, by track.html (the case's
 * public progress page alone), so a phone scanning a code loads nothing else.
 *
 * Vite names every file under an app's assets/ by a hash of its content, so those are
 * cached for a year and never revalidated; the pages (the .html files) are revalidated
 * on every load, so a new build is seen at once. Each text file has a brotli and a gzip
 * copy made at build time (src/cli/web-compress.ts), sent to a browser that accepts one.
 */
export const WEB_DIST = path.resolve(import.meta.dirname, '../../dist/web');

const HASHED = 'public, max-age=31536000, immutable';
const PAGE = 'no-cache';

/** `file` is under some app's assets/ folder (or its compressed copy is). */
function isHashedAsset(file: string): boolean {
  return path.relative(WEB_DIST, file).split(path.sep)[1] === 'assets';
}

const staticOptions = {
  wildcard: false,
  index: 'index.html',
  preCompressed: true,
  // The compressed copies are chosen by Accept-Encoding, not asked for by name.
  globIgnore: ['**/*.br', '**/*.gz'],
  setHeaders: (reply: FastifyReply, file: string) => {
    reply.header('cache-control', isHashedAsset(file) ? HASHED : PAGE);
  },
};

/** The code a QR-code page (/t/<code>, /v/<token>) was opened with, if well formed. */
const codeIn = (url: string) => /^\/[tv]\/([A-Za-z0-9_-]{1,64})\/?$/.exec(url)?.[1];

/**
 * Which page of which app answers a page path no route knows. A QR-code page names the one API
 * reply it shows, for the browser to fetch beside the page's script rather than after it
 * (a `Link: rel=preload` header; the script's own fetch then takes that reply).
 */
function pageFor(
  url: string,
  staffDir: string,
  mobileDir: string,
): { file: string; dir: string; preload?: string } {
  const code = codeIn(url);
  if (url.startsWith('/t/')) {
    return { file: 'track.html', dir: mobileDir, ...(code && { preload: `/api/public/progress/${code}` }) };
  }
  if (url.startsWith('/v/')) {
    return {
      file: 'verify.html',
      dir: mobileDir,
      ...(code && { preload: `/api/public/certificates/${code}` }),
    };
  }
  if (url === '/m' || url.startsWith('/m/')) return { file: 'index.html', dir: mobileDir };
  return { file: 'index.html', dir: staffDir };
}

export async function registerWebApps(app: FastifyInstance): Promise<void> {
  const staffDir = path.join(WEB_DIST, 'staff');
  const mobileDir = path.join(WEB_DIST, 'mobile');
  if (existsSync(staffDir)) {
    await app.register(fastifyStatic, { ...staticOptions, root: staffDir, prefix: '/' });
  }
  if (existsSync(mobileDir)) {
    await app.register(fastifyStatic, {
      ...staticOptions,
      root: mobileDir,
      prefix: '/m/',
      decorateReply: false,
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const wantsPage = request.method === 'GET' && !url.startsWith('/api') && !path.extname(url);
    if (wantsPage) {
      const page = pageFor(url, staffDir, mobileDir);
      if (existsSync(path.join(page.dir, page.file))) {
        if (page.preload) reply.header('link', `<${page.preload}>; rel=preload; as=fetch; crossorigin`);
        return reply.type('text/html; charset=utf-8').sendFile(page.file, page.dir);
      }
    }
    return reply.status(404).send({
      error: { code: 'NOT_FOUND', message: `找不到请求的地址：${request.method} ${url}`, details: {} },
    });
  });
}
