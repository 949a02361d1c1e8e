import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web apps: the staff app at / and the resident app at /m/.
 * Unknown page paths get the app's index.html so client-side routes work;
 * unknown /api paths get a JSON 404. A certificate's QR code opens /v/<token>,
 * short for the code's sake; the resident app answers it with its public check page,
 * and likewise /t/<code>, a receipt's QR code, with the case's public progress page.
 */
export const WEB_DIST = path.resolve(import.meta.dirname, '../../dist/web');

export async function registerWebApps(app: FastifyInstance): Promise<void> {
  const staffDir = path.join(WEB_DIST, 'staff');
  const mobileDir = path.join(WEB_DIST, 'mobile');
  if (existsSync(staffDir)) {
    await app.register(fastifyStatic, { root: staffDir, prefix: '/', wildcard: false, index: 'index.html' });
  }
  if (existsSync(mobileDir)) {
    await app.register(fastifyStatic, {
      root: mobileDir,
      prefix: '/m/',
      decorateReply: false,
      wildcard: false,
      index: 'index.html',
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const wantsPage = request.method === 'GET' && !url.startsWith('/api') && !path.extname(url);
    if (wantsPage) {
      const residentPage =
        url === '/m' || url.startsWith('/m/') || url.startsWith('/v/') || url.startsWith('/t/');
      const appDir = residentPage ? mobileDir : staffDir;
      if (existsSync(path.join(appDir, 'index.html'))) {
        return reply.type('text/html; charset=utf-8').sendFile('index.html', appDir);
      }
    }
    return reply.status(404).send({
      error: { code: 'NOT_FOUND', message: `找不到请求的地址：${request.method} ${url}`, details: {} },
    });
  });
}
