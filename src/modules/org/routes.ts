import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../server/auth-plugin';
import { auditActorOf } from '../auth/actor';
import { createDepartment, listDepartments, updateDepartment } from './departments';
import { createHall, getHall, listHalls, updateHall } from './halls';
import { createRegion, listActiveRegions, listRegions, updateRegion } from './regions';
import {
  CreateDepartmentBody,
  CreateHallBody,
  CreateRegionBody,
  CreateWindowBody,
  Department,
  Hall,
  IdParams,
  Region,
  RegionCodeParams,
  RegionFilterQuery,
  ServiceWindow,
  UpdateDepartmentBody,
  UpdateHallBody,
  UpdateRegionBody,
  UpdateWindowBody,
} from './schemas';
import { createWindow, listWindows, updateWindow } from './windows';

const tags = ['机构'];

/** Regions, departments, halls and windows. Reads are scoped to the actor's regions; writes need org.manage there. */
export async function orgRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  api.get(
    '/api/regions',
    {
      schema: {
        tags,
        summary: '可见的区划（区-街道-社区）',
        response: { 200: z.object({ items: z.array(Region) }) },
      },
    },
    async (request) => ({ items: await listRegions(db, requirePermission(request, 'org.view')) }),
  );
  api.get(
    '/api/public/regions',
    {
      schema: {
        tags,
        summary: '本平台的区划（区-街道-社区），选择送达地址用；无须登录',
        response: { 200: z.object({ items: z.array(Region) }) },
      },
    },
    async () => ({ items: await listActiveRegions(db) }),
  );
  api.post(
    '/api/regions',
    { schema: { tags, summary: '新增区划', body: CreateRegionBody, response: { 201: Region } } },
    async (request, reply) => {
      const actor = requirePermission(request, 'org.manage');
      reply.status(201);
      return createRegion(db, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
  api.patch(
    '/api/regions/:code',
    {
      schema: {
        tags,
        summary: '修改区划',
        params: RegionCodeParams,
        body: UpdateRegionBody,
        response: { 200: Region },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org.manage');
      return updateRegion(db, actor, auditActorOf(actor, request.ip), request.params.code, request.body);
    },
  );

  api.get(
    '/api/departments',
    {
      schema: {
        tags,
        summary: '可见的部门',
        querystring: RegionFilterQuery,
        response: { 200: z.object({ items: z.array(Department) }) },
      },
    },
    async (request) => ({
      items: await listDepartments(db, requirePermission(request, 'org.view'), request.query.regionCode),
    }),
  );
  api.post(
    '/api/departments',
    { schema: { tags, summary: '新增部门', body: CreateDepartmentBody, response: { 201: Department } } },
    async (request, reply) => {
      const actor = requirePermission(request, 'org.manage');
      reply.status(201);
      return createDepartment(db, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
  api.patch(
    '/api/departments/:id',
    {
      schema: {
        tags,
        summary: '修改部门',
        params: IdParams,
        body: UpdateDepartmentBody,
        response: { 200: Department },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org.manage');
      return updateDepartment(db, actor, auditActorOf(actor, request.ip), request.params.id, request.body);
    },
  );

  api.get(
    '/api/halls',
    {
      schema: {
        tags,
        summary: '可见的服务大厅',
        querystring: RegionFilterQuery,
        response: { 200: z.object({ items: z.array(Hall) }) },
      },
    },
    async (request) => ({
      items: await listHalls(db, requirePermission(request, 'org.view'), request.query.regionCode),
    }),
  );
  api.get(
    '/api/halls/:id',
    { schema: { tags, summary: '服务大厅详情', params: IdParams, response: { 200: Hall } } },
    async (request) => getHall(db, requirePermission(request, 'org.view'), request.params.id),
  );
  api.post(
    '/api/halls',
    { schema: { tags, summary: '新增服务大厅', body: CreateHallBody, response: { 201: Hall } } },
    async (request, reply) => {
      const actor = requirePermission(request, 'org.manage');
      reply.status(201);
      return createHall(db, actor, auditActorOf(actor, request.ip), request.body);
    },
  );
  api.patch(
    '/api/halls/:id',
    {
      schema: {
        tags,
        summary: '修改服务大厅',
        params: IdParams,
        body: UpdateHallBody,
        response: { 200: Hall },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org.manage');
      return updateHall(db, actor, auditActorOf(actor, request.ip), request.params.id, request.body);
    },
  );

  api.get(
    '/api/halls/:id/windows',
    {
      schema: {
        tags,
        summary: '大厅的窗口',
        params: IdParams,
        response: { 200: z.object({ items: z.array(ServiceWindow) }) },
      },
    },
    async (request) => ({
      items: await listWindows(db, requirePermission(request, 'org.view'), request.params.id),
    }),
  );
  api.post(
    '/api/halls/:id/windows',
    {
      schema: {
        tags,
        summary: '新增窗口',
        params: IdParams,
        body: CreateWindowBody,
        response: { 201: ServiceWindow },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'org.manage');
      reply.status(201);
      return createWindow(db, actor, auditActorOf(actor, request.ip), request.params.id, request.body);
    },
  );
  api.patch(
    '/api/windows/:id',
    {
      schema: {
        tags,
        summary: '修改窗口',
        params: IdParams,
        body: UpdateWindowBody,
        response: { 200: ServiceWindow },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org.manage');
      return updateWindow(db, actor, auditActorOf(actor, request.ip), request.params.id, request.body);
    },
  );
}
