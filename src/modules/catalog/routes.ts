import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../server/auth-plugin';
import { bulkImportRoute } from '../../server/body-gate';
import { auditActorOf } from '../auth/actor';
import { getBundle, listBundles } from './bundle-queries';
import { exportPublishedItems, importItems } from './import-export';
import { jsonBatch } from './import-rows';
import { ItemContent } from './item-content';
import { createItem, startNewVersion, updateDraft } from './item-drafts';
import {
  compareContents,
  getItemVersion,
  getPublishedItem,
  listItemsForStaff,
  listVersions,
} from './item-queries';
import { reviewItem } from './review-item';
import {
  BundleDetail,
  BundleParams,
  BundleQuery,
  BundleSummary,
  CompareQuery,
  Difference,
  ItemParams,
  ItemVersion,
  ItemVersionWithReviews,
  ReviewBody,
  SearchHit,
  SearchQuery,
  StaffItem,
  StaffItemsQuery,
  VersionParams,
  VersionRef,
} from './schemas';
import { searchCatalog } from './search-catalog';
import { catalogWorkbookRoutes } from './xlsx/routes';

const tags = ['事项目录'];

/** Residents read published items without signing in; staff draft, review and publish under /api/catalog/manage. */
export async function catalogRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  api.get(
    '/api/catalog/items',
    {
      schema: {
        tags,
        summary: '搜索已发布事项（中文全文检索，无需登录）',
        querystring: SearchQuery,
        response: { 200: z.object({ items: z.array(SearchHit) }) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return {
        items: await searchCatalog(db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize }),
      };
    },
  );
  api.get(
    '/api/catalog/items/:id',
    {
      schema: {
        tags,
        summary: '已发布事项的办事指南数据',
        params: ItemParams,
        response: { 200: ItemVersion },
      },
    },
    async (request) => getPublishedItem(db, request.params.id),
  );

  api.get(
    '/api/catalog/bundles',
    {
      schema: {
        tags,
        summary: '“一件事”主题集成服务列表',
        response: { 200: z.object({ items: z.array(BundleSummary) }) },
      },
    },
    async () => ({ items: await listBundles(db) }),
  );
  api.get(
    '/api/catalog/bundles/:id',
    {
      schema: {
        tags,
        summary: '“一件事”：合并后的申请表、去重后的材料清单与合计时限',
        params: BundleParams,
        querystring: BundleQuery,
        response: { 200: BundleDetail },
      },
    },
    async (request) => getBundle(db, request.params.id, request.query.itemIds),
  );

  api.get(
    '/api/catalog/manage/items',
    {
      schema: {
        tags,
        summary: '事项管理列表（最新版本及状态）',
        querystring: StaffItemsQuery,
        response: { 200: z.object({ items: z.array(StaffItem) }) },
      },
    },
    async (request) => ({
      items: await listItemsForStaff(db, requirePermission(request, 'org.view'), request.query),
    }),
  );
  api.post(
    '/api/catalog/manage/items',
    { schema: { tags, summary: '新建事项（第1版草稿）', body: ItemContent, response: { 201: VersionRef } } },
    async (request, reply) => {
      const actor = requirePermission(request, 'catalog.edit');
      reply.status(201);
      return createItem(db, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
  api.put(
    '/api/catalog/manage/items/:id/draft',
    {
      schema: {
        tags,
        summary: '修改事项草稿',
        params: ItemParams,
        body: ItemContent,
        response: { 200: VersionRef },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'catalog.edit');
      return updateDraft(db, actor, auditActorOf(actor, request.ip), request.params.id, request.body);
    },
  );
  api.post(
    '/api/catalog/manage/items/:id/versions',
    {
      schema: { tags, summary: '基于最新版本创建新草稿', params: ItemParams, response: { 201: VersionRef } },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'catalog.edit');
      reply.status(201);
      return startNewVersion(db, actor, auditActorOf(actor, request.ip), request.params.id);
    },
  );
  api.get(
    '/api/catalog/manage/items/:id/versions',
    {
      schema: {
        tags,
        summary: '事项的全部版本及审核记录',
        params: ItemParams,
        response: { 200: z.object({ items: z.array(ItemVersionWithReviews) }) },
      },
    },
    async (request) => ({
      items: await listVersions(db, requirePermission(request, 'org.view'), request.params.id),
    }),
  );
  api.get(
    '/api/catalog/manage/items/:id/versions/:version',
    { schema: { tags, summary: '事项的某一版本', params: VersionParams, response: { 200: ItemVersion } } },
    async (request) =>
      getItemVersion(db, requirePermission(request, 'org.view'), request.params.id, request.params.version),
  );
  api.get(
    '/api/catalog/manage/items/:id/compare',
    {
      schema: {
        tags,
        summary: '两个版本逐字段比较',
        params: ItemParams,
        querystring: CompareQuery,
        response: { 200: z.object({ differences: z.array(Difference) }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org.view');
      const [older, newer] = await Promise.all([
        getItemVersion(db, actor, request.params.id, request.query.from),
        getItemVersion(db, actor, request.params.id, request.query.to),
      ]);
      return { differences: compareContents(older.content, newer.content) };
    },
  );
  api.get(
    '/api/catalog/manage/export',
    {
      schema: {
        tags,
        summary: '导出全部已发布事项（JSON，可直接导入）',
        response: { 200: z.object({ items: z.array(ItemContent) }) },
      },
    },
    async (request) => {
      requirePermission(request, 'org.view');
      return { items: await exportPublishedItems(db) };
    },
  );
  api.post(
    '/api/catalog/manage/import',
    {
      ...bulkImportRoute('catalog.edit', 20 * 1024 * 1024),
      schema: {
        tags,
        summary: '批量导入事项（JSON；任一行不合格则全部不导入，并逐行说明原因）',
        body: z.object({
          items: z.array(z.unknown()).min(1, '至少导入一个事项').max(5000, '一次最多导入5000个事项'),
        }),
        response: { 200: z.object({ imported: z.number() }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'catalog.edit');
      return importItems(db, actor, auditActorOf(actor, request.ip), jsonBatch(request.body.items));
    },
  );
  api.post(
    '/api/catalog/manage/items/:id/review',
    {
      schema: {
        tags,
        summary: '审核流程：提交 / 初审 / 联审 / 部门确认（或退回）',
        params: ItemParams,
        body: ReviewBody,
        response: { 200: VersionRef.extend({ status: z.string() }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org.view');
      return reviewItem(db, actor, auditActorOf(actor, request.ip), request.params.id, request.body);
    },
  );
  await app.register(catalogWorkbookRoutes);
}
