import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../server/auth-plugin';
import { auditActorOf } from '../auth/actor';
import { createBundle, setBundleActive, updateBundle } from './bundle-edits';
import { getManagedBundle, listManagedBundles, previewBundle } from './bundle-manage-queries';
import {
  BundleBody,
  BundlePreview,
  BundlePreviewBody,
  ManagedBundle,
  ManagedBundleRow,
} from './bundle-schemas';
import { BundleParams } from './schemas';

const tags = ['事项目录'];
const BundleRef = z.object({ bundleId: z.string() });

/**
 * Staff define bundles (一件事) under /api/catalog/manage/bundles: anyone on the
 * staff reads those in their regions; the catalogue office and the lead
 * department's editors write them (catalog-access.ts).
 */
export async function bundleManageRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const base = '/api/catalog/manage/bundles';

  api.get(
    base,
    {
      schema: {
        tags,
        summary: '“一件事”管理列表（含已停用的）',
        response: { 200: z.object({ items: z.array(ManagedBundleRow) }) },
      },
    },
    async (request) => ({ items: await listManagedBundles(db, requirePermission(request, 'org.view')) }),
  );
  api.post(
    `${base}/preview`,
    {
      schema: {
        tags,
        summary: '预览：这些事项合并后申请人看到的材料清单、申请表与合计时限（不保存）',
        body: BundlePreviewBody,
        response: { 200: BundlePreview },
      },
    },
    async (request) => {
      requirePermission(request, 'org.view');
      return previewBundle(db, request.body.itemIds);
    },
  );
  api.get(
    `${base}/:id`,
    {
      schema: { tags, summary: '一个“一件事”的设置', params: BundleParams, response: { 200: ManagedBundle } },
    },
    async (request) => getManagedBundle(db, requirePermission(request, 'org.view'), request.params.id),
  );
  api.post(
    base,
    { schema: { tags, summary: '新建“一件事”', body: BundleBody, response: { 201: BundleRef } } },
    async (request, reply) => {
      const actor = requirePermission(request, 'org.view');
      reply.status(201);
      return createBundle(db, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
  api.put(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: '修改“一件事”（名称、说明、牵头部门、事项及顺序）',
        params: BundleParams,
        body: BundleBody,
        response: { 200: BundleRef },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org.view');
      return updateBundle(db, actor, auditActorOf(actor, request.ip), request.params.id, request.body);
    },
  );
  for (const [action, active, summary] of [
    ['withdraw', false, '停用“一件事”（群众端不再显示）'],
    ['reactivate', true, '重新启用“一件事”'],
  ] as const) {
    api.post(
      `${base}/:id/${action}`,
      {
        schema: {
          tags,
          summary,
          params: BundleParams,
          response: { 200: BundleRef.extend({ active: z.boolean() }) },
        },
      },
      async (request) => {
        const actor = requirePermission(request, 'org.view');
        return setBundleActive(db, actor, auditActorOf(actor, request.ip), request.params.id, active);
      },
    );
  }
}
