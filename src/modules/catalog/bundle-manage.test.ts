import { beforeAll, describe, expect, it } from 'vitest';
import { itemContent } from '../../../tests/support/catalog-factory';
import { createDepartment, createRegionTree, createStaffUser } from '../../../tests/support/factories';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';
import { seedDemo } from '../../seed/seed-demo';

const t = setUpTestApp();
const BASE = '/api/catalog/manage/bundles';
let reviewer: Client;
let editor: Client;
let healthEditor: Client;
let otherDistrictReviewer: Client;
let clerk: Client;
const departments = new Map<string, string>();
const departmentId = (name: string) => {
  const id = departments.get(name);
  if (!id) throw new Error(`no demo department ${name}`);
  return id;
};
/** Published items of 下城区民政局 (civil) and 下城区卫生健康局 (health). */
const items: Record<'civil' | 'health', { id: string; name: string; days: number }[]> = {
  civil: [],
  health: [],
};
let draftItemId: string;

async function publishedItemsOf(departmentName: string) {
  const rows = await t.db
    .selectFrom('catalog_item_versions as v')
    .innerJoin('departments as d', 'd.id', 'v.department_id')
    .select(['v.item_id', 'v.name', 'v.promised_limit_days'])
    .where('v.status', '=', 'published')
    .where('d.name', '=', departmentName)
    .orderBy('v.name')
    .execute();
  return rows.map((row) => ({ id: row.item_id, name: row.name, days: row.promised_limit_days }));
}

beforeAll(async () => {
  await seedDemo(t.db);
  for (const row of await t.db.selectFrom('departments').select(['id', 'name']).execute())
    departments.set(row.name, row.id);
  items.civil = await publishedItemsOf('下城区民政局');
  items.health = await publishedItemsOf('下城区卫生健康局');
  reviewer = await signInStaff(t.app, 'reviewer', 'yici2026');
  editor = await signInStaff(t.app, 'editor', 'yici2026');
  clerk = await signInStaff(t.app, 'clerk', 'yici2026');
  const health = await createStaffUser(t.db, {
    role: 'catalog_editor',
    regionCode: '330103',
    departmentId: departmentId('下城区卫生健康局'),
  });
  healthEditor = await signInStaff(t.app, health.username, health.password);
  await createRegionTree(t.db, '330105', 1, 1);
  await createDepartment(t.db, '330105', '拱墅区民政局');
  const outsider = await createStaffUser(t.db, { role: 'catalog_reviewer', regionCode: '330105' });
  otherDistrictReviewer = await signInStaff(t.app, outsider.username, outsider.password);
  const draft = await editor.post(
    '/api/catalog/manage/items',
    itemContent(departmentId('下城区民政局'), { name: '尚未发布的救助事项' }),
  );
  draftItemId = draft.json().itemId;
});

const auditOf = (bundleId: string) =>
  t.db
    .selectFrom('audit_log')
    .select(['action', 'actor_name', 'before', 'after'])
    .where('entity_type', '=', 'catalog_bundle')
    .where('entity_id', '=', bundleId)
    .orderBy('id')
    .execute();

function body(overrides: Record<string, unknown> = {}) {
  return {
    name: '困难群众救助一件事',
    description: '低保、临时救助一次申请。',
    leadDepartmentId: departmentId('下城区民政局'),
    itemIds: [items.civil[0]?.id, items.civil[1]?.id],
    ...overrides,
  };
}

describe('bundles: create, edit, withdraw', () => {
  let bundleId: string;

  it('lets the catalogue office create a bundle of published items, recorded in the audit log', async () => {
    const created = await reviewer.post(BASE, body());
    expect(created.statusCode, created.body).toBe(201);
    bundleId = created.json().bundleId;
    const detail = (await reviewer.get(`${BASE}/${bundleId}`)).json();
    expect(detail).toMatchObject({
      name: '困难群众救助一件事',
      leadDepartmentName: '下城区民政局',
      canManage: true,
    });
    expect(detail.items.map((item: { itemId: string }) => item.itemId)).toEqual(body().itemIds);
    const row = (await reviewer.get(BASE))
      .json()
      .items.find((b: { bundleId: string }) => b.bundleId === bundleId);
    expect(row).toMatchObject({ itemCount: 2, active: true, canManage: true });
    expect(row.promisedLimitDays).toBe(Math.max(items.civil[0]?.days ?? 0, items.civil[1]?.days ?? 0));
    const publicList = (await t.app.inject({ method: 'GET', url: '/api/catalog/bundles' })).json().items;
    expect(publicList.map((b: { name: string }) => b.name)).toContain('困难群众救助一件事');
    const audit = await auditOf(bundleId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'bundle.create',
      actor_name: '郑华',
      after: { name: '困难群众救助一件事', itemNames: [items.civil[0]?.name, items.civil[1]?.name] },
    });
  });

  it("lets the lead department's editor reorder and extend it; the audit keeps before and after", async () => {
    const itemIds = [items.civil[1]?.id, items.health[0]?.id, items.civil[0]?.id];
    const updated = await editor.put(`${BASE}/${bundleId}`, body({ name: '困难群众帮扶一件事', itemIds }));
    expect(updated.statusCode, updated.body).toBe(200);
    const detail = (await editor.get(`${BASE}/${bundleId}`)).json();
    expect(detail.name).toBe('困难群众帮扶一件事');
    expect(detail.items.map((item: { itemId: string }) => item.itemId)).toEqual(itemIds);
    const audit = await auditOf(bundleId);
    expect(audit[1]).toMatchObject({
      action: 'bundle.update',
      before: { name: '困难群众救助一件事', itemIds: body().itemIds },
      after: { name: '困难群众帮扶一件事', itemIds },
    });
  });

  it('withdraws it from the public and offers it again', async () => {
    const withdrawn = await editor.post(`${BASE}/${bundleId}/withdraw`);
    expect(withdrawn.json()).toEqual({ bundleId, active: false });
    const publicGet = await t.app.inject({ method: 'GET', url: `/api/catalog/bundles/${bundleId}` });
    expect(publicGet.statusCode).toBe(404);
    const row = (await reviewer.get(BASE))
      .json()
      .items.find((b: { bundleId: string }) => b.bundleId === bundleId);
    expect(row.active).toBe(false);
    const again = await editor.post(`${BASE}/${bundleId}/withdraw`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('BUNDLE_ALREADY_WITHDRAWN');
    expect((await reviewer.post(`${BASE}/${bundleId}/reactivate`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/catalog/bundles/${bundleId}` })).statusCode).toBe(
      200,
    );
    expect((await auditOf(bundleId)).map((entry) => entry.action)).toEqual([
      'bundle.create',
      'bundle.update',
      'bundle.withdraw',
      'bundle.reactivate',
    ]);
  });

  it('refuses other departments (403) and hides the bundle from other regions (404)', async () => {
    expect((await healthEditor.put(`${BASE}/${bundleId}`, body())).statusCode).toBe(403);
    expect((await healthEditor.post(`${BASE}/${bundleId}/withdraw`)).statusCode).toBe(403);
    const foreignLead = await healthEditor.post(BASE, body({ name: '卫健局替民政局定的一件事' }));
    expect(foreignLead.statusCode).toBe(403);
    expect(foreignLead.json().error.message).toMatch(/牵头部门/);
    expect((await clerk.post(BASE, body({ name: '窗口人员的一件事' }))).statusCode).toBe(403);
    expect((await healthEditor.get(`${BASE}/${bundleId}`)).json().canManage).toBe(false);
    // The clerk's scope is one street; the district's bundle lies outside it.
    expect((await clerk.get(`${BASE}/${bundleId}`)).statusCode).toBe(404);
    for (const response of [
      await otherDistrictReviewer.get(`${BASE}/${bundleId}`),
      await otherDistrictReviewer.put(`${BASE}/${bundleId}`, body()),
      await otherDistrictReviewer.post(`${BASE}/${bundleId}/withdraw`),
    ])
      expect(response.statusCode).toBe(404);
    expect((await otherDistrictReviewer.get(BASE)).json().items).toEqual([]);
    // The health editor leads its own department's bundles.
    const own = await healthEditor.post(
      BASE,
      body({
        name: '卫健局的一件事',
        leadDepartmentId: departmentId('下城区卫生健康局'),
        itemIds: [items.health[0]?.id, items.health[1]?.id],
      }),
    );
    expect(own.statusCode, own.body).toBe(201);
    expect((await auditOf(bundleId)).length).toBe(4);
  });
});

describe('bundles: validation', () => {
  const refused = async (payload: unknown) => {
    const response = await reviewer.post(BASE, payload);
    expect(response.statusCode, response.body).toBe(400);
    return response.json().error;
  };

  it('names the field at fault in Chinese', async () => {
    const one = await refused(body({ itemIds: [items.civil[0]?.id] }));
    expect(one.details[0]).toMatchObject({
      field: 'itemIds',
      label: '包含事项',
      message: '一件事至少包含2个事项',
    });
    expect(one.message).toBe('包含事项：一件事至少包含2个事项');
    const twice = await refused(body({ itemIds: [items.civil[0]?.id, items.civil[0]?.id] }));
    expect(twice.details[0]).toMatchObject({ field: 'itemIds.1', label: '包含事项' });
    expect(twice.details[0].message).toMatch(/重复/);
    const noName = await refused(body({ name: ' ' }));
    expect(noName.details[0]).toMatchObject({ field: 'name', label: '名称' });
    const noLead = await refused(body({ leadDepartmentId: '' }));
    expect(noLead.details[0]).toMatchObject({ field: 'leadDepartmentId', label: '牵头部门' });
  });

  it('accepts only published items, a known lead department and a free name', async () => {
    const draft = await refused(body({ itemIds: [items.civil[0]?.id, draftItemId] }));
    expect(draft.details).toEqual([expect.objectContaining({ field: 'itemIds.1', label: '包含事项' })]);
    expect(draft.message).toMatch(/第2个事项.*尚未发布/);
    const unknownLead = await refused(body({ leadDepartmentId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknownLead.details[0]).toMatchObject({
      field: 'leadDepartmentId',
      message: '牵头部门不存在或已停用',
    });
    const taken = await refused(body({ name: '出生一件事' }));
    expect(taken).toMatchObject({ code: 'BUNDLE_NAME_TAKEN', details: [{ field: 'name', label: '名称' }] });
    const written = await t.db
      .selectFrom('catalog_bundles')
      .select('id')
      .where('name', '=', '困难群众救助一件事')
      .execute();
    expect(written).toEqual([]);
  });
});

describe('bundles: preview', () => {
  it('merges the chosen items exactly as the public bundle page does', async () => {
    const birth = (await t.app.inject({ method: 'GET', url: '/api/catalog/bundles' }))
      .json()
      .items.find((b: { name: string }) => b.name === '出生一件事');
    const published = (
      await t.app.inject({ method: 'GET', url: `/api/catalog/bundles/${birth.bundleId}` })
    ).json();
    const preview = await reviewer.post(`${BASE}/preview`, {
      itemIds: published.items.map((item: { itemId: string }) => item.itemId),
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({ items: published.items, merged: published.merged });
    expect(preview.json().merged.materialsSaved).toBeGreaterThan(0);
  });

  it('previews an empty or one-item list, but not an unpublished item', async () => {
    expect((await reviewer.post(`${BASE}/preview`, { itemIds: [] })).json().merged.formFields).toEqual([]);
    const draft = await reviewer.post(`${BASE}/preview`, { itemIds: [draftItemId] });
    expect(draft.json().error.details[0].field).toBe('itemIds.0');
  });
});
