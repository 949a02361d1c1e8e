import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireResident } from '../../server/auth-plugin';
import { bulkImportRoute } from '../../server/body-gate';
import { pageOf } from '../../server/pagination';
import type { RequestLimit } from '../../server/request-limits';
import { auditActorOf, verifiedIdNumberOf } from '../auth/actor';
import {
  getCertificate,
  listCertificates,
  listHeldCertificates,
  verifyCertificate,
} from './certificate-queries';
import { changeCertificateStatus } from './change-status';
import { importCertificates } from './import-certificates';
import { issueByStaff } from './issue-certificate';
import {
  CertificateDetail,
  CertificateParams,
  CertificateSummary,
  HeldCertificate,
  ImportBody,
  IssueBody,
  Issued,
  ListQuery,
  LookupBody,
  PublicVerification,
  StatusChangeBody,
  TokenParams,
} from './schemas';

const tags = ['电子证照'];
// Tokens cannot be guessed; the limit keeps anyone from trying at scale all the same.
const verifyLimit: { limit: RequestLimit } = {
  limit: { name: 'certificate-check', max: 60, windowSeconds: 60 },
};

/** Staff work under /api/certificates, residents read their own, anyone verifies a QR code. */
export async function certificateRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  api.get(
    '/api/certificates',
    {
      schema: {
        tags,
        summary: '证照列表（持证主体已脱敏）',
        querystring: ListQuery,
        response: { 200: pageOf(CertificateSummary) },
      },
    },
    async (request) => listCertificates(db, requirePermission(request, 'certificate.view'), request.query),
  );
  api.post(
    '/api/certificates/lookup',
    {
      schema: {
        tags,
        summary: '某持证主体的证照（持证主体代码放在请求体中，不进入网址和访问日志；持证主体已脱敏）',
        body: LookupBody,
        response: { 200: pageOf(CertificateSummary) },
      },
    },
    async (request) => listCertificates(db, requirePermission(request, 'certificate.view'), request.body),
  );
  api.get(
    '/api/certificates/:id',
    {
      schema: {
        tags,
        summary: '证照详情：照面信息、证照标识与状态记录',
        params: CertificateParams,
        response: { 200: CertificateDetail },
      },
    },
    async (request) =>
      getCertificate(db, requirePermission(request, 'certificate.view'), request.ip, request.params.id),
  );
  api.post(
    '/api/certificates',
    { schema: { tags, summary: '颁发证照', body: IssueBody, response: { 201: Issued } } },
    async (request, reply) => {
      const actor = requirePermission(request, 'certificate.manage');
      const issued = await issueByStaff(db, actor, auditActorOf(actor, request.ip), request.body);
      reply.status(201);
      return issued;
    },
  );
  api.post(
    '/api/certificates/import',
    {
      ...bulkImportRoute('certificate.manage', 20 * 1024 * 1024),
      schema: {
        tags,
        summary: '从源系统批量导入证照（JSON；任一行不合格则全部不导入，并逐行说明原因）',
        body: ImportBody,
        response: { 200: z.object({ imported: z.number() }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'certificate.manage');
      const { source, items } = request.body;
      return importCertificates(db, actor, auditActorOf(actor, request.ip), source, items);
    },
  );
  api.post(
    '/api/certificates/:id/status-changes',
    {
      schema: {
        tags,
        summary: '暂停使用、恢复使用或撤销证照（须写明原因）',
        params: CertificateParams,
        body: StatusChangeBody,
        response: { 200: z.object({ status: z.string() }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'certificate.manage');
      const { change, reason } = request.body;
      return changeCertificateStatus(
        db,
        actor,
        auditActorOf(actor, request.ip),
        request.params.id,
        change,
        reason,
      );
    },
  );

  api.get(
    '/api/resident/certificates',
    {
      schema: {
        tags,
        summary: '我的证照（已实名认证的群众本人名下的证照）',
        response: { 200: z.object({ items: z.array(HeldCertificate) }) },
      },
    },
    async (request) => ({
      items: await listHeldCertificates(db, verifiedIdNumberOf(requireResident(request))),
    }),
  );

  api.get(
    '/api/public/certificates/:token',
    {
      config: verifyLimit,
      schema: {
        tags,
        summary: '扫码核验证照（无需登录；只返回状态、类型、发证机关、日期与脱敏的持证主体）',
        params: TokenParams,
        response: { 200: PublicVerification },
      },
    },
    async (request) => verifyCertificate(db, request.params.token),
  );
}
