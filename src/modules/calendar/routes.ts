import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireStaff } from '../../server/auth-plugin';
import { forbidden } from '../../server/errors';
import { NO_CONTENT } from '../../server/openapi';
import { hasPlatformPermission } from '../../shared/roles';
import { auditActorOf } from '../auth/actor';
import { type CalendarChanged, clearDay, loadYearSchedule, setDay } from './calendar-edits';
import { calendarStatus, getYearCalendar } from './calendar-queries';
import {
  DayBody,
  DayParams,
  ExceptionView,
  StatusView,
  YearParams,
  YearScheduleBody,
  YearView,
} from './schemas';

const tags = ['工作日历'];

/** The holiday schedule is national: only an administrator of the whole platform changes it. */
function requireCalendarManager(request: FastifyRequest) {
  const actor = requireStaff(request);
  if (!hasPlatformPermission(actor.grants, 'calendar.manage')) {
    throw forbidden('工作日历由全平台的系统管理员维护');
  }
  return { actor, audit: auditActorOf(actor, request.ip) };
}

/**
 * The working-day calendar: every staff member reads it, platform administrators
 * change it; `whenChanged` is the platform's hook run in each change's transaction.
 */
export async function calendarRoutes(
  app: FastifyInstance,
  options: { whenChanged: CalendarChanged },
): Promise<void> {
  const { whenChanged } = options;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;

  api.get(
    '/api/calendar/status',
    {
      schema: {
        tags,
        summary: '节假日安排载入到哪一年，是否需要载入下一年',
        response: { 200: StatusView },
      },
    },
    async (request) => {
      requireStaff(request);
      return calendarStatus(db);
    },
  );
  api.get(
    '/api/calendar/years/:year',
    {
      schema: {
        tags,
        summary: '某年的节假日与调休上班日，及已载入官方安排的年份',
        params: YearParams,
        response: { 200: YearView },
      },
    },
    async (request) => {
      requireStaff(request);
      return getYearCalendar(db, request.params.year);
    },
  );
  api.post(
    '/api/calendar/years/:year',
    {
      schema: {
        tags,
        summary: '导入某年的全年节假日安排（替换该年已有的设置）',
        params: YearParams,
        body: YearScheduleBody,
        response: { 200: YearView },
      },
    },
    async (request) => {
      const { actor, audit } = requireCalendarManager(request);
      return loadYearSchedule(db, actor, audit, request.params.year, request.body, whenChanged);
    },
  );
  api.put(
    '/api/calendar/days/:date',
    {
      schema: {
        tags,
        summary: '把某天设为放假日或调休上班日',
        params: DayParams,
        body: DayBody,
        response: { 200: ExceptionView },
      },
    },
    async (request) => {
      const { actor, audit } = requireCalendarManager(request);
      return setDay(db, actor, audit, request.params.date, request.body, whenChanged);
    },
  );
  api.delete(
    '/api/calendar/days/:date',
    {
      schema: {
        tags,
        summary: '取消某天的设置，恢复按星期（周一至周五上班）',
        params: DayParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      const { audit } = requireCalendarManager(request);
      await clearDay(db, audit, request.params.date, whenChanged);
      reply.status(204);
    },
  );
}
