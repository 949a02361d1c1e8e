import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRegionTree, createStaffUser } from '../../../tests/support/factories';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';
import { calendarFrom, loadWorkingCalendar } from './calendar-loader';
import { deadlineAfter } from './rules/deadlines';
import { seedShippedCalendar } from './seed-calendar';

const t = setUpTestApp();
let admin: Client;
let districtAdmin: Client;
let clerk: Client;
const accounts: Record<string, { username: string; password: string }> = {};

const signIn = (name: string) => {
  const account = accounts[name] as { username: string; password: string };
  return signInStaff(t.app, account.username, account.password);
};

beforeAll(async () => {
  await createRegionTree(t.db, '330109', 1, 0);
  accounts.admin = await createStaffUser(t.db, { role: 'admin', regionCode: null });
  accounts.districtAdmin = await createStaffUser(t.db, { role: 'admin', regionCode: '330109' });
  accounts.clerk = await createStaffUser(t.db, { role: 'window_clerk', regionCode: '330109001' });
  [admin, districtAdmin, clerk] = await Promise.all([
    signIn('admin'),
    signIn('districtAdmin'),
    signIn('clerk'),
  ]);
});

const auditRows = (entityId: string) =>
  t.db.selectFrom('audit_log').select(['action', 'actor_name']).where('entity_id', '=', entityId).execute();

describe('reading the calendar', () => {
  it('gives every staff member the shipped 2026 schedule and the covered years', async () => {
    const response = await clerk.get('/api/calendar/years/2026');
    expect(response.statusCode).toBe(200);
    const year = response.json();
    expect(year.schedule).toMatchObject({ source: 'chinese-days', loadedBy: null });
    expect(year.coveredYears).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(year.exceptions).toContainEqual(
      expect.objectContaining({
        date: '2026-10-10',
        kind: 'workday',
        name: '国庆节',
        source: 'chinese-days',
      }),
    );
    expect(year.exceptions.filter((day: { name: string }) => day.name === '中秋节')).toHaveLength(3);
    expect((await clerk.get('/api/calendar/years/2027')).json()).toMatchObject({
      schedule: null,
      exceptions: [],
    });
  });

  it('answers an unsigned request with 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/status' })).statusCode).toBe(401);
  });
});

describe('editing a day', () => {
  it('sets, renames and clears a day, each change audited', async () => {
    const set = await admin.put('/api/calendar/days/2026-12-31', { kind: 'holiday', name: '测试假日' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ date: '2026-12-31', kind: 'holiday', source: 'manual' });
    const renamed = await admin.put('/api/calendar/days/2026-12-31', { kind: 'holiday', name: '跨年调整' });
    expect(renamed.json().name).toBe('跨年调整');
    expect((await admin.delete('/api/calendar/days/2026-12-31')).statusCode).toBe(204);
    expect((await admin.delete('/api/calendar/days/2026-12-31')).statusCode).toBe(404);
    expect((await auditRows('2026-12-31')).map((row) => row.action)).toEqual([
      'calendar.day.set',
      'calendar.day.set',
      'calendar.day.clear',
    ]);
  });

  it('refuses a make-up working day on a weekday, with the field at fault', async () => {
    const response = await admin.put('/api/calendar/days/2026-12-30', { kind: 'workday', name: '元旦' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ field: 'kind', label: '类型' });
    expect(
      (await admin.put('/api/calendar/days/2026-02-30', { kind: 'holiday', name: '春节' })).statusCode,
    ).toBe(400);
  });

  it('refuses a clerk and an administrator of one district', async () => {
    const body = { kind: 'holiday', name: '国庆节' };
    expect((await clerk.put('/api/calendar/days/2026-11-24', body)).statusCode).toBe(403);
    const district = await districtAdmin.put('/api/calendar/days/2026-11-24', body);
    expect(district.statusCode).toBe(403);
    expect(district.json().error.code).toBe('FORBIDDEN');
    const year = { holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] };
    expect((await clerk.post('/api/calendar/years/2027', year)).statusCode).toBe(403);
    expect((await clerk.delete('/api/calendar/days/2026-10-01')).statusCode).toBe(403);
  });
});

describe('the in-memory calendar', () => {
  it('reads the database once per change, and sees every change at once', async () => {
    const queries: string[] = [];
    // A plugin sees every query this instance sends.
    const db = t.db.withPlugin({
      transformQuery: ({ node }) => {
        queries.push(node.kind);
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    const accepted = new Date('2026-09-28T10:00:00+08:00');
    const before = await loadWorkingCalendar(db, 2026, 2027);
    expect(deadlineAfter(before, accepted, 20).toISOString()).toBe('2026-10-30T15:59:59.000Z');
    expect(queries).toHaveLength(3); // revision, covered years, the two years' exceptions
    await loadWorkingCalendar(db, 2026, 2027);
    expect(queries).toHaveLength(4); // the revision only

    await admin.put('/api/calendar/days/2026-10-29', { kind: 'holiday', name: '测试假日' });
    const after = await loadWorkingCalendar(db, 2026, 2027);
    expect(deadlineAfter(after, accepted, 20).toISOString()).toBe('2026-11-02T15:59:59.000Z');
    await admin.delete('/api/calendar/days/2026-10-29');
    expect(deadlineAfter(await calendarFrom(db, accepted), accepted, 20)).toEqual(
      deadlineAfter(before, accepted, 20),
    );
  });
});

describe('loading a year and the missing-year warning', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const signedInAt = async (instant: string, who: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(instant));
    return signIn(who);
  };

  it('warns in the last quarter until the next year is loaded', async () => {
    const early = await signedInAt('2026-09-30T23:00:00+08:00', 'clerk');
    expect((await early.get('/api/calendar/status')).json()).toEqual({
      today: '2026-09-30',
      latestCoveredYear: 2026,
      warning: null,
      missingYear: null,
    });
    const late = await signedInAt('2026-11-23T09:00:00+08:00', 'admin');
    expect((await late.get('/api/calendar/status')).json()).toMatchObject({
      warning: 'next_year_missing',
      missingYear: 2027,
    });

    await late.put('/api/calendar/days/2027-01-01', { kind: 'holiday', name: '元旦' });
    const outside = await late.post('/api/calendar/years/2027', {
      holidays: [{ date: '2026-10-01', name: '国庆节' }],
      workdays: [],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0]).toMatchObject({ field: 'holidays' });
    expect(outside.json().error.message).toContain('2026-10-01');
    const both = await late.post('/api/calendar/years/2027', {
      holidays: [{ date: '2027-10-02', name: '国庆节' }],
      workdays: [{ date: '2027-10-02', name: '国庆节' }],
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.message).toContain('既是放假日又是调休上班日');

    const loaded = await late.post('/api/calendar/years/2027', {
      holidays: [
        { date: '2027-10-01', name: '国庆节' },
        { date: '2027-10-02', name: '国庆节' },
      ],
      workdays: [{ date: '2027-09-26', name: '国庆节' }],
    });
    expect(loaded.statusCode).toBe(200);
    // The whole year is replaced: the 元旦 set by hand before is gone.
    expect(loaded.json().exceptions.map((day: { date: string }) => day.date)).toEqual([
      '2027-09-26',
      '2027-10-01',
      '2027-10-02',
    ]);
    expect(loaded.json().schedule).toMatchObject({ source: 'manual' });
    expect(loaded.json().coveredYears).toContain(2027);
    expect((await late.get('/api/calendar/status')).json().warning).toBeNull();
    expect(await auditRows('2027')).toEqual([expect.objectContaining({ action: 'calendar.year.load' })]);

    const nextJanuary = await signedInAt('2028-01-10T09:00:00+08:00', 'clerk');
    expect((await nextJanuary.get('/api/calendar/status')).json()).toMatchObject({
      latestCoveredYear: 2027,
      warning: 'current_year_missing',
      missingYear: 2028,
    });
  });
});

describe('seeding the shipped schedules', () => {
  it('never loads a year twice, so a removed day stays removed', async () => {
    await admin.delete('/api/calendar/days/2026-10-07');
    expect(await seedShippedCalendar(t.db)).toEqual([]);
    const days = (await clerk.get('/api/calendar/years/2026')).json().exceptions;
    expect(days.map((day: { date: string }) => day.date)).not.toContain('2026-10-07');
  });
});
