import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, elderlyIntake, type IntakeWorld } from '../../../tests/support/case-world';
import { setUpTestApp } from '../../../tests/support/test-app';

/** Errors fixable on the spot are fixed on the spot: the clerk corrects the form until the intake decision. */
const t = setUpTestApp();
let world: IntakeWorld;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330187');
});

async function started() {
  const response = await world.clerk.post(
    '/api/cases',
    elderlyIntake(world, { materials: [{ key: 'identity_proof', state: 'provided' }] }),
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; formData: Record<string, string> };
}

const correct = (id: string, version: number, formData: Record<string, string>) =>
  world.clerk.put(`/api/cases/${id}/form`, { version, windowId: world.hall.windowId, formData });

describe('correcting the application form before acceptance', () => {
  it('saves the checked form and records which fields changed, not their values', async () => {
    const created = await started();
    const formData = { ...created.formData, phone: '13900000009', household_address: '测试路9号' };
    const response = await correct(created.id, created.version, formData);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      caseId: created.id,
      version: created.version + 1,
      status: 'submitted',
      changedFields: ['联系电话', '户籍地址'],
    });
    const detail = (await world.clerk.get(`/api/cases/${created.id}`)).json();
    expect(detail.formData).toEqual(formData);
    // The corrected contact number is where progress messages go from now on.
    expect(detail.applicant.phone).toBe('13900000009');
    expect(detail.timeline.at(-1)).toMatchObject({
      kind: 'form_corrected',
      fields: ['联系电话', '户籍地址'],
    });
    // Both the history and the audit log name the fields, never their values.
    const { rows } = await sql<{ written: string }>`
      SELECT details::text AS written FROM case_events WHERE case_id = ${created.id} AND kind = 'form_corrected'
      UNION ALL
      SELECT after::text FROM audit_log WHERE entity_id = ${created.id} AND action = 'case.correct_form'`.execute(
      t.db,
    );
    expect(rows).toHaveLength(2);
    for (const { written } of rows) {
      expect(written).toContain('phone');
      expect(written).not.toContain('13900000009');
      expect(written).not.toContain('测试路9号');
    }
  });

  it('refuses a wrong value, an unknown field or no change, and changes nothing', async () => {
    const created = await started();
    const wrong = await correct(created.id, created.version, {
      ...created.formData,
      phone: '123',
      nickname: 'x',
      household_address: '',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('FORM_INVALID');
    expect(
      wrong
        .json()
        .error.details.map((problem: { field: string }) => problem.field)
        .sort(),
    ).toEqual(['formData.household_address', 'formData.nickname', 'formData.phone']);
    const same = await correct(created.id, created.version, created.formData);
    expect(same.statusCode).toBe(400);
    expect(same.json().error.code).toBe('FORM_UNCHANGED');
    const row = await t.db
      .selectFrom('cases')
      .select(['row_version', 'form_data'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ row_version: created.version, form_data: created.formData });
  });

  it('lets one of two clerks on the same version win, and stops at the intake decision', async () => {
    const created = await started();
    const first = await correct(created.id, created.version, { ...created.formData, phone: '13900000001' });
    const second = await world.clerk2.put(`/api/cases/${created.id}/form`, {
      version: created.version,
      formData: { ...created.formData, phone: '13900000002' },
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'CASE_VERSION_CONFLICT',
      details: { currentVersion: created.version + 1 },
    });
    const version = first.json().version;
    await world.clerk.put(`/api/cases/${created.id}/materials`, {
      version,
      materials: [{ key: 'photo', state: 'provided' }],
    });
    const accepted = await world.clerk.post(`/api/cases/${created.id}/accept`, {
      version: version + 1,
      windowId: world.hall.windowId,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const late = await correct(created.id, accepted.json().version, {
      ...created.formData,
      phone: '13900000003',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CASE_STATUS_CONFLICT');
  });
});
