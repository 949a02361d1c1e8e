import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePermission, requireResident } from '../../server/auth-plugin';
import type { RequestLimit } from '../../server/request-limits';
import { auditActorOf } from '../auth/actor';
import { describeActor } from '../auth/describe-actor';
import { MeReply } from '../auth/schemas';
import { linkResidentIdentity } from './link-identity';
import { AccountLookupBody, LinkIdentityBody, ResidentIdentityView, WindowVerifyBody } from './schemas';
import { lookUpAccount, verifyAtWindow } from './verify-at-window';

const tags = ['实名认证'];

/** Each claim may ask the registry and the real-name provider: a guard against trying numbers. */
const linkLimit: { limit: RequestLimit } = {
  limit: { name: 'identity-link', max: 10, windowSeconds: 600 },
};

/** Real-name linking: the resident's claim, and the window clerk's ID-card check. */
export async function identityRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier, realName } = app.ctx;

  api.put(
    '/api/resident/identity',
    {
      config: linkLimit,
      schema: {
        tags,
        summary:
          '群众实名认证：绑定身份证号码（人口库姓名与登录手机号一致或实名核验服务通过即为已核验，否则未核验）',
        body: LinkIdentityBody,
        response: { 200: MeReply },
      },
    },
    async (request) => {
      const actor = requireResident(request);
      const { verified } = await linkResidentIdentity(
        { db, notifier, realName },
        actor,
        auditActorOf(actor, request.ip),
        request.body,
      );
      return describeActor(db, {
        ...actor,
        name: request.body.name,
        claimedIdNumber: request.body.idNumber,
        identityVerified: verified,
      });
    },
  );

  api.post(
    '/api/resident-identities/lookup',
    {
      schema: {
        tags,
        summary: '窗口按手机号码查找群众账号及其申报的实名信息（脱敏）',
        body: AccountLookupBody,
        response: { 200: ResidentIdentityView },
      },
    },
    async (request) => {
      requirePermission(request, 'case.intake');
      return lookUpAccount(db, request.body);
    },
  );

  api.post(
    '/api/resident-identities/verify',
    {
      schema: {
        tags,
        summary:
          '窗口查验身份证原件后核验群众账号的实名绑定（可改绑已绑定其他手机的号码；记录核验人、地点、时间）',
        body: WindowVerifyBody,
        response: { 200: ResidentIdentityView },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'case.intake');
      return verifyAtWindow({ db, notifier }, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
}
