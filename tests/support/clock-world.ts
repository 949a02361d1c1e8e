import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Db } from '../../src/db/database';
import type { StaffActor } from '../../src/modules/auth/actor';
import { calendarFrom } from '../../src/modules/calendar/calendar-loader';
import { deadlineAfter } from '../../src/modules/calendar/rules/deadlines';
import type { WorkingCalendar } from '../../src/modules/calendar/rules/working-days';
import { catalogEditor, publishItem, subsidy } from './case-world';
import { createVerifiedResidents } from './factories';
import { pngImage } from './file-fixtures';
import { type Client, signInResident } from './test-app';
import { createWorkflowWorld, type Officer, type WorkflowWorld } from './workflow-world';

/**
 * The back-office world plus what a case's clock needs: an item whose review
 * step allows stopping the clock, verifying and extending (and the chief's
 * decision extending), and the applicant 张秀英 signed in to the resident app.
 */

export interface ClockWorld extends WorkflowWorld {
  clockItem: string;
  resident: Client;
}

export async function createClockWorld(db: Db, app: FastifyInstance, district: string): Promise<ClockWorld> {
  const world = await createWorkflowWorld(db, app, district);
  const content = subsidy(world.civil, {
    name: '特别程序事项（测试）',
    promisedLimitDays: 5,
    legalLimitDays: 20,
    workflow: [
      {
        key: 'review',
        name: '民政审查',
        actor: { kind: 'role', role: 'approver', departmentId: world.civil },
        limitDays: 3,
        actions: ['approve', 'return', 'suspend', 'verify', 'extend'],
      },
      {
        key: 'decide',
        name: '首席代表决定',
        actor: { kind: 'chief_rep', departmentId: world.civil },
        limitDays: 2,
        actions: ['approve', 'refuse', 'extend'],
      },
    ],
  });
  const clockItem = await publishItem(db, await catalogEditor(db, world.civil), content);
  await createVerifiedResidents(db, [
    { phone: '13700000001', idNumber: world.residents.local, name: '张秀英' },
  ]);
  return { ...world, clockItem, resident: await signInResident(app, db, '13700000001') };
}

/** The officer as the operations take them (from the account and its grants), for acts run with a fixed clock. */
export async function actorOf(db: Db, officer: Officer): Promise<StaffActor> {
  const user = await db
    .selectFrom('staff_users')
    .select(['id', 'display_name', 'username', 'region_code', 'department_id'])
    .where('id', '=', officer.id)
    .executeTakeFirstOrThrow();
  const grants = await db
    .selectFrom('role_grants')
    .select(['role', 'region_code', 'department_id'])
    .where('user_id', '=', officer.id)
    .execute();
  return {
    kind: 'staff',
    id: user.id,
    name: user.display_name,
    username: user.username,
    regionCode: user.region_code,
    departmentId: user.department_id,
    grants: grants.map((grant) => ({
      role: grant.role,
      regionCode: grant.region_code,
      departmentId: grant.department_id,
    })),
    mustChangePassword: false,
    sessionId: '',
    csrfToken: '',
  };
}

/** A photo the applicant uploads in the app; confirmed for reuse when a clerk is to attach it to a case. */
export async function applicantPhoto(world: ClockWorld, name: string, confirmed = false): Promise<string> {
  const upload = await world.resident.uploadForm(
    '/api/resident/materials',
    { name },
    { name: 'photo.png', bytes: pngImage(20 + name.length, 24), type: 'image/png' },
  );
  expect(upload.statusCode, upload.body).toBe(201);
  const id = upload.json().id as string;
  if (confirmed) await world.resident.post(`/api/materials/${id}/consent`, { decision: 'confirmed' });
  return id;
}

/** The task's current version, as its page would show it. */
export async function versionOf(officer: Officer, taskId: string): Promise<number> {
  const detail = await officer.client.get(`/api/tasks/${taskId}`);
  expect(detail.statusCode, detail.body).toBe(200);
  return detail.json().version;
}

/** Posts a clock action on the task with the version its page shows. */
export async function clockAct(
  officer: Officer,
  taskId: string,
  action: string,
  body: Record<string, unknown>,
) {
  return await officer.client.post(`/api/tasks/${taskId}/${action}`, {
    version: await versionOf(officer, taskId),
    ...body,
  });
}

/** The only open task of the case. */
export async function openTask(db: Db, caseId: string) {
  return await db
    .selectFrom('case_tasks')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('state', '=', 'open')
    .executeTakeFirstOrThrow();
}

export const DAY = 86_400_000;

export async function caseOf(db: Db, caseId: string) {
  return await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
}

/**
 * Moves a case of the clock item back in time: accepted at `acceptedAt`, its
 * open task opened then, with the deadlines acceptance set (5, 20 and 3
 * working days). Returns the calendar used.
 */
export async function acceptedEarlier(db: Db, caseId: string, acceptedAt: Date): Promise<WorkingCalendar> {
  const calendar = await calendarFrom(db, acceptedAt, 2);
  const task = await openTask(db, caseId);
  await db
    .updateTable('cases')
    .set({
      accepted_at: acceptedAt,
      promised_deadline: deadlineAfter(calendar, acceptedAt, 5),
      legal_deadline: deadlineAfter(calendar, acceptedAt, 20),
    })
    .where('id', '=', caseId)
    .execute();
  await sql`UPDATE case_tasks SET opened_at = ${acceptedAt}, due_at = ${deadlineAfter(calendar, acceptedAt, 3)}
    WHERE id = ${task.id}`.execute(db);
  return calendar;
}
