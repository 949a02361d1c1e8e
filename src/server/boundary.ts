import type { FastifyInstance } from 'fastify';
import { AppError, invalidFields } from './errors';
import { unstorableTextIn } from './text-check';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
const UTF8 = /^"?utf-?8"?$/i;

/** The charset a Content-Type names, if any: `application/json; charset=utf-16` → `utf-16`. */
function charsetOf(contentType: string): string | undefined {
  const parameter = contentType
    .split(';')
    .slice(1)
    .map((part) => part.trim().split('='))
    .find(([name]) => name?.toLowerCase() === 'charset');
  return parameter?.[1]?.trim();
}

/**
 * Checks every request makes before any route sees it: a JSON body must be
 * UTF-8 (it is read as UTF-8 whatever it says), and no param, query or body
 * field may hold text PostgreSQL cannot store (a NUL, a lone surrogate).
 */
export function registerBoundaryChecks(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const contentType = request.headers['content-type'];
    if (!contentType || !JSON_TYPE.test(contentType.split(';')[0]?.trim() ?? '')) return;
    const charset = charsetOf(contentType);
    if (charset !== undefined && !UTF8.test(charset)) {
      throw new AppError(
        415,
        'UNSUPPORTED_CHARSET',
        `请求内容须为 UTF-8 编码，不支持 ${charset} (JSON bodies must be UTF-8, not ${charset})`,
        { charset },
      );
    }
  });
  app.addHook('preValidation', async (request) => {
    const problems = [
      ...unstorableTextIn(request.params),
      ...unstorableTextIn(request.query),
      ...unstorableTextIn(request.body),
    ];
    if (problems.length > 0) throw invalidFields(problems);
  });
}
