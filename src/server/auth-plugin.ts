import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, ResidentActor, StaffActor } from '../modules/auth/actor';
import { loadSessionActor } from '../modules/auth/load-actor';
import { SESSION_COOKIE, touchSession } from '../modules/auth/sessions';
import { hasPermission, type Permission } from '../shared/roles';
import { AppError, forbidden } from './errors';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** What a user who must change the password may still do. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/me', '/api/auth/password', '/api/auth/sign-out']);

/**
 * Loads the actor from the session cookie and enforces CSRF protection: a write
 * made with a session cookie must echo the session's token in X-CSRF-Token.
 */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const loaded = await loadSessionActor(app.ctx.db, token);
    if (!loaded) return;
    const { session, actor } = loaded;
    if (WRITE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== actor.csrfToken) {
      throw new AppError(403, 'CSRF_TOKEN_INVALID', '页面已过期，请刷新后重试');
    }
    const path = request.url.split('?')[0] ?? '';
    if (actor.kind === 'staff' && actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path)) {
      throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', '首次登录请先修改密码');
    }
    request.actor = actor;
    await touchSession(app.ctx.db, session);
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  return request.actor;
}

export function requireStaff(request: FastifyRequest): StaffActor {
  const actor = requireActor(request);
  if (actor.kind !== 'staff') throw forbidden('此功能仅限工作人员使用');
  return actor;
}

export function requireResident(request: FastifyRequest): ResidentActor {
  const actor = requireActor(request);
  if (actor.kind !== 'resident') throw forbidden('此功能仅限群众用户使用');
  return actor;
}

/** A staff actor holding `permission` (within `regionCode`, when given). */
export function requirePermission(
  request: FastifyRequest,
  permission: Permission,
  regionCode?: string,
): StaffActor {
  const actor = requireStaff(request);
  if (!hasPermission(actor.grants, permission, regionCode)) throw forbidden();
  return actor;
}

export function clientOf(request: FastifyRequest) {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}
