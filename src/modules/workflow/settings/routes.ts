import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireStaff } from '../../../server/auth-plugin';
import { NO_CONTENT } from '../../../server/openapi';
import { auditActorOf } from '../../auth/actor';
import { addAssignment, removeAssignment } from './assignment-edits';
import { listAssignments, stepChoices } from './assignment-queries';
import { backOfficeSettings, updateBackOfficeSettings } from './back-office-settings';
import {
  AssignmentBody,
  AssignmentParams,
  AssignmentView,
  BackOfficeSettings,
  BackOfficeSettingsView,
  ItemParams,
  StepChoice,
} from './schemas';

const tags = ['办理设置'];

/** 办理设置: the back office's timing rules and the named handlers per item step and initiating office. */
export async function backOfficeSettingsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  api.get(
    '/api/back-office/settings',
    {
      schema: {
        tags,
        summary: '黄牌预警比例与B岗接办比例（所有工作人员可读）',
        response: { 200: BackOfficeSettingsView },
      },
    },
    async (request) => await backOfficeSettings(db, requireStaff(request)),
  );
  api.put(
    '/api/back-office/settings',
    {
      schema: {
        tags,
        summary: '修改黄牌预警比例与B岗接办比例（全平台的系统管理员）',
        body: BackOfficeSettings,
        response: { 200: BackOfficeSettingsView },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'workflow.settings');
      return await updateBackOfficeSettings(db, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
  api.get(
    '/api/back-office/assignments',
    {
      schema: {
        tags,
        summary: '指定办理人（本人可管理的部门的）',
        response: { 200: z.object({ items: z.array(AssignmentView) }) },
      },
    },
    async (request) => ({ items: await listAssignments(db, requirePermission(request, 'workflow.assign')) }),
  );
  api.get(
    '/api/back-office/items/:itemId/steps',
    {
      schema: {
        tags,
        summary: '事项已发布版本的办理环节及各环节可指定的人员',
        params: ItemParams,
        response: { 200: z.object({ items: z.array(StepChoice) }) },
      },
    },
    async (request) => ({
      items: await stepChoices(db, requirePermission(request, 'workflow.assign'), request.params.itemId),
    }),
  );
  api.post(
    '/api/back-office/assignments',
    {
      schema: {
        tags,
        summary: '为事项的某环节、某受理机构受理的办件指定办理人',
        body: AssignmentBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'workflow.assign');
      reply.status(201);
      return await addAssignment(db, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
  api.delete(
    '/api/back-office/assignments/:id',
    { schema: { tags, summary: '删除一条指定办理人', params: AssignmentParams, response: NO_CONTENT } },
    async (request, reply) => {
      const actor = requirePermission(request, 'workflow.assign');
      await removeAssignment(db, actor, auditActorOf(actor, request.ip), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
