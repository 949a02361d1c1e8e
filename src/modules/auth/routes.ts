import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clientOf, requireActor, requireStaff } from '../../server/auth-plugin';
import type { RequestLimit } from '../../server/request-limits';
import { auditActorOf } from './actor';
import { changeOwnPassword } from './change-password';
import { describeActor } from './describe-actor';
import { loadSessionActor } from './load-actor';
import {
  ChangePasswordBody,
  MeReply,
  ResidentCodeBody,
  ResidentSignInBody,
  StaffSignInBody,
} from './schemas';
import { endSession, type NewSession, SESSION_COOKIE } from './sessions';
import { sendResidentSignInCode, signInResident } from './sign-in-resident';
import { signInStaff } from './sign-in-staff';

const Ok = z.object({ ok: z.literal(true) });
/** Sign-in endpoints are limited per client address on top of the per-account and per-number limits. */
const signInLimit = (name: string): { limit: RequestLimit } => ({
  limit: { name, max: 20, windowSeconds: 60 },
});

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier, config } = app.ctx;

  function setSessionCookie(reply: FastifyReply, session: NewSession) {
    reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      path: '/',
      // Max-Age, not Expires: the browser counts it from its own clock, so a client clock
      // that differs from the server's does not end the session early; the server checks expiry.
      maxAge: Math.round((session.expiresAt.getTime() - Date.now()) / 1000),
    });
  }

  async function meFor(token: string) {
    const loaded = await loadSessionActor(db, token);
    if (!loaded) throw new Error('session vanished right after sign-in');
    return describeActor(db, loaded.actor);
  }

  api.post(
    '/api/auth/staff/sign-in',
    {
      config: signInLimit('staff-sign-in'),
      schema: {
        tags: ['认证'],
        summary: '工作人员用户名密码登录',
        body: StaffSignInBody,
        response: { 200: MeReply },
      },
    },
    async (request, reply) => {
      const session = await signInStaff(db, request.body, clientOf(request));
      setSessionCookie(reply, session);
      return meFor(session.token);
    },
  );

  api.post(
    '/api/auth/resident/code',
    {
      config: signInLimit('resident-code'),
      schema: {
        tags: ['认证'],
        summary: '向群众手机发送登录验证码',
        body: ResidentCodeBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await sendResidentSignInCode(db, notifier, request.body.phone);
      return { ok: true as const };
    },
  );

  api.post(
    '/api/auth/resident/sign-in',
    {
      config: signInLimit('resident-sign-in'),
      schema: {
        tags: ['认证'],
        summary: '群众手机号验证码登录',
        body: ResidentSignInBody,
        response: { 200: MeReply },
      },
    },
    async (request, reply) => {
      const session = await signInResident(db, request.body, clientOf(request));
      setSessionCookie(reply, session);
      return meFor(session.token);
    },
  );

  api.get(
    '/api/auth/me',
    { schema: { tags: ['认证'], summary: '当前登录用户、角色与权限', response: { 200: MeReply } } },
    async (request) => describeActor(db, requireActor(request)),
  );

  api.post(
    '/api/auth/sign-out',
    { schema: { tags: ['认证'], summary: '退出登录', response: { 200: Ok } } },
    async (request, reply) => {
      if (request.actor) await endSession(db, request.actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  api.post(
    '/api/auth/password',
    { schema: { tags: ['认证'], summary: '修改本人密码', body: ChangePasswordBody, response: { 200: Ok } } },
    async (request) => {
      const actor = requireStaff(request);
      await changeOwnPassword(db, actor, auditActorOf(actor, request.ip), request.body);
      return { ok: true as const };
    },
  );
}
