import { beforeAll, describe, expect, it } from 'vitest';
import { itemContent } from '../../../tests/support/catalog-factory';
import { createDepartment, createRegionTree, createStaffUser } from '../../../tests/support/factories';
import { type Client, setUpTestApp, signInStaff } from '../../../tests/support/test-app';

const t = setUpTestApp();
let editor: Client;

beforeAll(async () => {
  await createRegionTree(t.db, '330106', 1, 1);
  const departmentId = await createDepartment(t.db, '330106', '测试区卫健局');
  const user = await createStaffUser(t.db, { role: 'catalog_editor', regionCode: '330106', departmentId });
  editor = await signInStaff(t.app, user.username, user.password);
  for (const [name, themes] of [
    ['新生儿预防接种证办理', ['birth', 'schooling']],
    ['婚前医学检查', ['marriage']],
    ['无主题的事项', []],
  ] as const) {
    const created = await editor.post(
      '/api/catalog/manage/items',
      itemContent(departmentId, { name, themes: [...themes] }),
    );
    expect(created.statusCode, created.body).toBe(201);
  }
});

const listNames = async (query: string) =>
  (await editor.get(`/api/catalog/manage/items${query}`)).json().items.map((i: { name: string }) => i.name);

describe('staff catalogue list by life-event theme', () => {
  it('shows every item with its themes', async () => {
    const items = (await editor.get('/api/catalog/manage/items')).json().items;
    expect(items.find((i: { name: string }) => i.name === '新生儿预防接种证办理').themes).toEqual([
      'birth',
      'schooling',
    ]);
    expect(items.find((i: { name: string }) => i.name === '无主题的事项').themes).toEqual([]);
  });

  it('keeps only the items of one theme, drafts included', async () => {
    expect(await listNames('?theme=birth')).toEqual(['新生儿预防接种证办理']);
    expect(await listNames('?theme=marriage')).toEqual(['婚前医学检查']);
    expect(await listNames('?theme=death')).toEqual([]);
  });

  it('refuses an unknown theme, naming the field in Chinese', async () => {
    const response = await editor.get('/api/catalog/manage/items?theme=holiday');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ field: 'theme', label: '人生事件主题' });
  });
});
