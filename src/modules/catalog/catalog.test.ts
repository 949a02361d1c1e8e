import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemContent } from '../../../tests/support/catalog-factory';
import { createDepartment, createRegionTree, createStaffUser } from '../../../tests/support/factories';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';

const t = setUpTestApp();
let departmentId: string;
let editor: Client;
let reviewerA: Client;
let reviewerB: Client;
let otherEditor: Client;

beforeAll(async () => {
  await createRegionTree(t.db, '330105', 1, 1);
  departmentId = await createDepartment(t.db, '330105', '测试区民政局');
  const otherDepartment = await createDepartment(t.db, '330105', '测试区人社局');
  const sign = async (role: 'catalog_editor' | 'catalog_reviewer', department: string | null) => {
    const user = await createStaffUser(t.db, { role, regionCode: '330105', departmentId: department });
    return signInStaff(t.app, user.username, user.password);
  };
  editor = await sign('catalog_editor', departmentId);
  otherEditor = await sign('catalog_editor', otherDepartment);
  reviewerA = await sign('catalog_reviewer', null);
  reviewerB = await sign('catalog_reviewer', null);
});

async function publish(content: ReturnType<typeof itemContent>): Promise<string> {
  const created = await editor.post('/api/catalog/manage/items', content);
  expect(created.statusCode, created.body).toBe(201);
  const itemId = created.json().itemId;
  const steps: [Client, string][] = [
    [editor, 'submit'],
    [reviewerA, 'first_check'],
    [reviewerB, 'joint_review'],
    [editor, 'confirm'],
  ];
  for (const [client, step] of steps) {
    const response = await client.post(`/api/catalog/manage/items/${itemId}/review`, {
      step,
      decision: 'pass',
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  return itemId;
}

describe('catalogue items', () => {
  it('generates the 31-character implementation code from the department credit code, level and basic code', async () => {
    const created = await editor.post(
      '/api/catalog/manage/items',
      itemContent(departmentId, { basicCode: '010500001000' }),
    );
    const version = await editor.get(`/api/catalog/manage/items/${created.json().itemId}/versions/1`);
    const credit = await t.db
      .selectFrom('departments')
      .select('credit_code')
      .where('id', '=', departmentId)
      .executeTakeFirstOrThrow();
    expect(version.json().implementationCode).toBe(`${credit.credit_code}4010500001000`);
    expect(version.json().status).toBe('draft');
  });

  it('refuses content that breaks the rules, naming the field', async () => {
    const wrongType = await editor.post(
      '/api/catalog/manage/items',
      itemContent(departmentId, { basicCode: '010100002000' }),
    );
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error).toMatchObject({
      code: 'ITEM_CONTENT_INVALID',
      details: [{ field: 'basicCode' }],
    });
    const promisedWithoutDays = await editor.post(
      '/api/catalog/manage/items',
      itemContent(departmentId, { handlingKind: 'promised' }),
    );
    expect(promisedWithoutDays.json().error.code).toBe('ITEM_CONTENT_INVALID');
    const noActor = await editor.post(
      '/api/catalog/manage/items',
      itemContent(departmentId, {
        handlingKind: 'promised',
        promisedLimitDays: 5,
        workflow: [{ key: 'review', name: '审核', actor: null, limitDays: 3, actions: ['approve'] }],
      }),
    );
    expect(noActor.json().error.details).toContainEqual(
      expect.objectContaining({ field: 'workflow.0.actor' }),
    );
  });

  it('lets only the department editors draft for the department', async () => {
    const refused = await otherEditor.post('/api/catalog/manage/items', itemContent(departmentId));
    expect(refused.statusCode).toBe(403);
    expect((await reviewerA.post('/api/catalog/manage/items', itemContent(departmentId))).statusCode).toBe(
      403,
    );
  });
});

describe('review pipeline', () => {
  it('publishes after submit, first check, joint review by another person and department confirmation', async () => {
    const itemId = await publish(itemContent(departmentId, { name: '老年优待证办理', aliases: ['老年证'] }));
    const versions = (await editor.get(`/api/catalog/manage/items/${itemId}/versions`)).json().items;
    expect(versions[0]).toMatchObject({ version: 1, status: 'published' });
    expect(versions[0].reviews.map((r: { step: string }) => r.step)).toEqual([
      'submit',
      'first_check',
      'joint_review',
      'confirm',
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', itemId)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'catalog.create',
      'catalog.submit',
      'catalog.first_check',
      'catalog.joint_review',
      'catalog.confirm',
    ]);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/catalog/items/${itemId}` })).json().content.name,
    ).toBe('老年优待证办理');
  });

  it('refuses a joint review by the first checker (double cross-check)', async () => {
    const itemId = (await editor.post('/api/catalog/manage/items', itemContent(departmentId))).json().itemId;
    await editor.post(`/api/catalog/manage/items/${itemId}/review`, { step: 'submit', decision: 'pass' });
    await reviewerA.post(`/api/catalog/manage/items/${itemId}/review`, {
      step: 'first_check',
      decision: 'pass',
    });
    const same = await reviewerA.post(`/api/catalog/manage/items/${itemId}/review`, {
      step: 'joint_review',
      decision: 'pass',
    });
    expect(same.statusCode).toBe(409);
    expect(same.json().error.message).toMatch(/双人交叉审核/);
    const noOpinion = await reviewerB.post(`/api/catalog/manage/items/${itemId}/review`, {
      step: 'joint_review',
      decision: 'return',
    });
    expect(noOpinion.json().error.details[0].field).toBe('opinion');
    const returned = await reviewerB.post(`/api/catalog/manage/items/${itemId}/review`, {
      step: 'joint_review',
      decision: 'return',
      opinion: '办理时限说明不完整',
    });
    expect(returned.json().status).toBe('draft');
  });

  it('never changes a published version; editing makes a new draft that can be compared', async () => {
    const itemId = await publish(itemContent(departmentId, { name: '高龄津贴申领' }));
    const locked = t.db
      .updateTable('catalog_item_versions')
      .set({ name: '改名' })
      .where('item_id', '=', itemId)
      .where('version', '=', 1)
      .execute();
    await expect(locked).rejects.toThrow(/locked/);
    const editPublished = await editor.put(
      `/api/catalog/manage/items/${itemId}/draft`,
      itemContent(departmentId),
    );
    expect(editPublished.json().error.code).toBe('NOT_A_DRAFT');
    const next = await editor.post(`/api/catalog/manage/items/${itemId}/versions`);
    expect(next.json()).toEqual({ itemId, version: 2 });
    const v1 = (await editor.get(`/api/catalog/manage/items/${itemId}/versions/1`)).json().content;
    const changed = await editor.put(`/api/catalog/manage/items/${itemId}/draft`, {
      ...v1,
      name: '高龄津贴申领（新）',
      promisedLimitDays: 0,
      visits: 0,
      courierDelivery: true,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const diff = (await editor.get(`/api/catalog/manage/items/${itemId}/compare?from=1&to=2`)).json()
      .differences;
    expect(diff.map((d: { field: string }) => d.field).sort()).toEqual(['courierDelivery', 'name', 'visits']);
    const stillPublic = (await t.app.inject({ method: 'GET', url: `/api/catalog/items/${itemId}` })).json();
    expect(stillPublic).toMatchObject({ version: 1, content: { name: '高龄津贴申领' } });
  });
});

describe('Chinese search', () => {
  beforeAll(async () => {
    await publish(
      itemContent(departmentId, { name: '最低生活保障申请', aliases: ['低保'], keywords: ['困难群众'] }),
    );
    await publish(itemContent(departmentId, { name: '出生医学证明首次签发' }));
    await publish(
      itemContent(departmentId, {
        name: '临时救助',
        acceptanceConditions: '因老年人突发疾病等原因导致基本生活暂时困难的家庭',
      }),
    );
  });

  const search = async (q: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/catalog/items?q=${encodeURIComponent(q)}` }))
      .json()
      .items.map((i: { name: string }) => i.name);

  it('finds two-character terms, names ranked above guide text', async () => {
    const elderly = await search('老年');
    expect(elderly[0]).toBe('老年优待证办理');
    expect(elderly).toContain('临时救助');
    expect(await search('低保')).toEqual(['最低生活保障申请']);
    expect((await search('出生'))[0]).toBe('出生医学证明首次签发');
  });

  it('offers near matches when nothing matches every term', async () => {
    expect(await search('老年优待')).toContain('老年优待证办理');
    expect(await search('老人优待证')).toContain('老年优待证办理');
  });

  it('shows only published versions', async () => {
    await editor.post('/api/catalog/manage/items', itemContent(departmentId, { name: '草稿里的老年事项' }));
    expect(await search('老年')).not.toContain('草稿里的老年事项');
  });

  it('tells the searcher when the query is too long', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/catalog/items?q=${'老'.repeat(51)}` });
    expect(response.json().error.message).toMatch(/^搜索词/);
  });
});

it('keeps the review record append-only', async () => {
  await expect(sql`DELETE FROM catalog_reviews`.execute(t.db)).rejects.toThrow(/append-only/);
});
