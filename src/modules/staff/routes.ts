import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../server/auth-plugin';
import { auditActorOf } from '../auth/actor';
import {
  CreateStaffBody,
  GrantParams,
  GrantRoleBody,
  ResetPasswordBody,
  StaffIdParams,
  StaffListQuery,
  StaffView,
  UpdateStaffBody,
} from './schemas';
import { createStaff, grantRole, resetStaffPassword, revokeRole, updateStaff } from './staff-operations';
import { getStaff, listStaff } from './staff-queries';

const tags = ['人员与授权'];

export async function staffRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  api.get(
    '/api/staff',
    {
      schema: {
        tags,
        summary: '工作人员列表',
        querystring: StaffListQuery,
        response: { 200: z.object({ items: z.array(StaffView) }) },
      },
    },
    async (request) => ({
      items: await listStaff(db, requirePermission(request, 'staff.manage'), request.query),
    }),
  );
  api.get(
    '/api/staff/:id',
    { schema: { tags, summary: '工作人员详情', params: StaffIdParams, response: { 200: StaffView } } },
    async (request) => getStaff(db, requirePermission(request, 'staff.manage'), request.params.id),
  );
  api.post(
    '/api/staff',
    {
      schema: {
        tags,
        summary: '新增工作人员（首次登录须改密码）',
        body: CreateStaffBody,
        response: { 201: StaffView },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'staff.manage');
      reply.status(201);
      return createStaff(db, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
  api.patch(
    '/api/staff/:id',
    {
      schema: {
        tags,
        summary: '修改工作人员',
        params: StaffIdParams,
        body: UpdateStaffBody,
        response: { 200: StaffView },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'staff.manage');
      return updateStaff(db, actor, auditActorOf(actor, request.ip), request.params.id, request.body);
    },
  );
  api.post(
    '/api/staff/:id/password',
    {
      schema: {
        tags,
        summary: '重置密码并解除锁定',
        params: StaffIdParams,
        body: ResetPasswordBody,
        response: { 200: StaffView },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'staff.manage');
      return resetStaffPassword(
        db,
        actor,
        auditActorOf(actor, request.ip),
        request.params.id,
        request.body.password,
      );
    },
  );
  api.post(
    '/api/staff/:id/grants',
    {
      schema: {
        tags,
        summary: '授予角色（限定区划/部门范围）',
        params: StaffIdParams,
        body: GrantRoleBody,
        response: { 200: StaffView },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'staff.manage');
      return grantRole(db, actor, auditActorOf(actor, request.ip), request.params.id, request.body);
    },
  );
  api.delete(
    '/api/staff/:id/grants/:grantId',
    { schema: { tags, summary: '撤销角色', params: GrantParams, response: { 200: StaffView } } },
    async (request) => {
      const actor = requirePermission(request, 'staff.manage');
      return revokeRole(
        db,
        actor,
        auditActorOf(actor, request.ip),
        request.params.id,
        request.params.grantId,
      );
    },
  );
}
