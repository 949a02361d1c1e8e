import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireResident } from '../../server/auth-plugin';
import { bulkImportRoute } from '../../server/body-gate';
import { AppError } from '../../server/errors';
import { int4Text } from '../../server/int-schemas';
import { NO_CONTENT } from '../../server/openapi';
import { PageQuery, pageOf } from '../../server/pagination';
import { assertXlsxWithin, type XlsxLimits } from '../../server/xlsx-size';
import { auditActorOf, verifiedIdNumberOf } from '../auth/actor';
import { personalReadsOf } from '../privacy/personal-reads';
import { getImport, listImportConflicts, listImports, listRejections } from './import/import-queries';
import type { TableFormat } from './import/read-table';
import { previewImport, startImport } from './import/start-import';
import { resolveConflict } from './resolve-conflict';
import {
  CreateSourceBody,
  EnterpriseReadBody,
  GrantBody,
  GrantView,
  ImportConflictView,
  ImportParams,
  ImportPreview,
  ImportQuery,
  ImportView,
  PersonalReadEntry,
  PersonReadBody,
  PurposeView,
  ReadLogEntry,
  ReadLogLookupBody,
  ResolveConflictBody,
  SourceView,
  StartImportQuery,
  SubjectKindSchema,
  SubjectView,
} from './schemas';
import { createGrant, listGrants, purposesOf, revokeGrant } from './sharing/data-grants';
import { readsOf } from './sharing/read-log';
import { type ReadRequest, readSubject } from './sharing/read-subject';
import { createSource, listSources } from './sources';

const tags = ['人口与法人库'];
const FILE_LIMIT = 60 * 1024 * 1024;

async function uploadedFile(
  body: unknown,
  fileName: string,
  limits: XlsxLimits,
): Promise<{ format: TableFormat; content: Buffer }> {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension !== 'csv' && extension !== 'xlsx') {
    throw new AppError(400, 'FILE_FORMAT', '只能导入 CSV 或 Excel（.xlsx）文件', [
      { field: 'fileName', label: '文件名', message: '扩展名应为 .csv 或 .xlsx' },
    ]);
  }
  if (!Buffer.isBuffer(body) || body.length === 0) throw new AppError(400, 'FILE_EMPTY', '上传的文件是空的');
  if (extension === 'xlsx') await assertXlsxWithin(body, limits);
  return { format: extension, content: body };
}

export async function registryRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const readFor = (request: FastifyRequest, read: ReadRequest) =>
    readSubject(db, requirePermission(request, 'registry.view'), request.ip, read);
  // Source files arrive as the request body; the file name says its format.
  app.addContentTypeParser(
    [
      'text/csv',
      // What Windows browsers call a .csv file.
      'application/vnd.ms-excel',
      'application/octet-stream',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );

  api.post(
    '/api/registry/persons/lookup',
    {
      schema: {
        tags,
        summary: '按目的查阅人员信息（身份证号码放在请求体中；按授权字段返回，留痕）',
        body: PersonReadBody,
        response: { 200: SubjectView },
      },
    },
    async (request) => {
      const { idNumber, ...purpose } = request.body;
      return readFor(request, { kind: 'person', number: idNumber, ...purpose });
    },
  );
  api.post(
    '/api/registry/enterprises/lookup',
    {
      schema: {
        tags,
        summary: '按目的查阅市场主体信息（统一社会信用代码放在请求体中；按授权字段返回，留痕）',
        body: EnterpriseReadBody,
        response: { 200: SubjectView },
      },
    },
    async (request) => {
      const { creditCode, ...purpose } = request.body;
      return readFor(request, { kind: 'enterprise', number: creditCode, ...purpose });
    },
  );
  api.get(
    '/api/registry/purposes',
    {
      schema: {
        tags,
        summary: '本部门可用的查阅目的',
        querystring: z.object({ kind: SubjectKindSchema }),
        response: { 200: z.object({ items: z.array(PurposeView) }) },
      },
    },
    async (request) => ({
      items: await purposesOf(db, requirePermission(request, 'registry.view'), request.query.kind),
    }),
  );
  api.post(
    '/api/registry/reads/lookup',
    {
      schema: {
        tags,
        summary: '某人员或市场主体被查阅的记录（号码放在请求体中）',
        body: ReadLogLookupBody,
        response: { 200: z.object({ items: z.array(ReadLogEntry) }) },
      },
    },
    async (request) => {
      requirePermission(request, 'registry.manage');
      return { items: await readsOf(db, request.body.kind, request.body.number) };
    },
  );
  api.post(
    '/api/registry/conflicts/:id/resolve',
    {
      schema: {
        tags,
        summary: '处理数据冲突',
        params: z.object({ id: int4Text() }),
        body: ResolveConflictBody,
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'registry.manage');
      return resolveConflict(
        db,
        actor,
        auditActorOf(actor, request.ip),
        request.params.id,
        request.body.resolution,
      );
    },
  );

  api.get(
    '/api/registry/sources',
    {
      schema: { tags, summary: '数据来源系统', response: { 200: z.object({ items: z.array(SourceView) }) } },
    },
    async (request) => {
      requirePermission(request, 'registry.manage');
      return { items: await listSources(db) };
    },
  );
  api.post(
    '/api/registry/sources',
    { schema: { tags, summary: '登记数据来源系统', body: CreateSourceBody, response: { 201: SourceView } } },
    async (request, reply) => {
      const actor = requirePermission(request, 'registry.manage');
      reply.status(201);
      return createSource(db, auditActorOf(actor, request.ip), request.body);
    },
  );

  api.post(
    '/api/registry/imports/preview',
    {
      ...bulkImportRoute('registry.manage', FILE_LIMIT),
      schema: {
        tags,
        summary: '预览导入文件：列名、样例行和建议的列对应关系',
        querystring: ImportQuery,
        response: { 200: ImportPreview },
      },
    },
    async (request) => {
      requirePermission(request, 'registry.manage');
      const file = await uploadedFile(request.body, request.query.fileName, app.ctx.config.xlsxLimits);
      return previewImport(db, { ...request.query, ...file });
    },
  );
  api.post(
    '/api/registry/imports',
    {
      ...bulkImportRoute('registry.manage', FILE_LIMIT),
      schema: {
        tags,
        summary: '开始导入（后台进行，返回导入记录以查询进度）',
        querystring: StartImportQuery,
        response: { 202: ImportView },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'registry.manage');
      const file = {
        ...request.query,
        ...(await uploadedFile(request.body, request.query.fileName, app.ctx.config.xlsxLimits)),
      };
      const started = await startImport(db, actor, auditActorOf(actor, request.ip), file, (error) =>
        request.log.error({ err: error }, 'registry import failed'),
      );
      reply.status(202);
      return getImport(db, started.id);
    },
  );
  api.get(
    '/api/registry/imports',
    { schema: { tags, summary: '导入记录', response: { 200: z.object({ items: z.array(ImportView) }) } } },
    async (request) => {
      requirePermission(request, 'registry.manage');
      return { items: await listImports(db) };
    },
  );
  api.get(
    '/api/registry/imports/:id',
    { schema: { tags, summary: '导入进度与结果', params: ImportParams, response: { 200: ImportView } } },
    async (request) => {
      requirePermission(request, 'registry.manage');
      return getImport(db, request.params.id);
    },
  );
  api.get(
    '/api/registry/imports/:id/rejections',
    {
      schema: {
        tags,
        summary: '导入被拒绝的行及原因',
        params: ImportParams,
        querystring: PageQuery,
        response: {
          200: pageOf(
            z.object({
              rowNumber: z.number(),
              subjectNumber: z.string().nullable(),
              reasons: z.array(z.string()),
            }),
          ),
        },
      },
    },
    async (request) => {
      requirePermission(request, 'registry.manage');
      return listRejections(db, request.params.id, request.query);
    },
  );
  api.get(
    '/api/registry/imports/:id/conflicts',
    {
      schema: {
        tags,
        summary: '导入发现的数据冲突',
        params: ImportParams,
        querystring: PageQuery,
        response: { 200: pageOf(ImportConflictView) },
      },
    },
    async (request) => {
      requirePermission(request, 'registry.manage');
      return listImportConflicts(db, request.params.id, request.query);
    },
  );

  api.get(
    '/api/registry/grants',
    { schema: { tags, summary: '数据共享授权', response: { 200: z.object({ items: z.array(GrantView) }) } } },
    async (request) => ({ items: await listGrants(db, requirePermission(request, 'registry.manage')) }),
  );
  api.post(
    '/api/registry/grants',
    { schema: { tags, summary: '授予部门按目的查阅指定字段', body: GrantBody } },
    async (request, reply) => {
      const actor = requirePermission(request, 'registry.manage');
      reply.status(201);
      return createGrant(db, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
  api.post(
    '/api/registry/grants/:id/revoke',
    { schema: { tags, summary: '撤回数据授权', params: ImportParams, response: NO_CONTENT } },
    async (request, reply) => {
      const actor = requirePermission(request, 'registry.manage');
      await revokeGrant(db, actor, auditActorOf(actor, request.ip), request.params.id);
      reply.status(204);
    },
  );

  api.get(
    '/api/me/data-reads',
    {
      schema: {
        tags,
        summary: '我的信息被谁查阅过：人口库、办件、证照和材料的每一次查阅',
        response: { 200: z.object({ items: z.array(PersonalReadEntry) }) },
      },
    },
    async (request) => {
      const idNumber = verifiedIdNumberOf(requireResident(request));
      if (!idNumber) return { items: [] };
      return { items: await personalReadsOf(db, 'person', idNumber) };
    },
  );
}
