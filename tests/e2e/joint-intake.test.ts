import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { citizenIdCheckChar } from '../../src/shared/citizen-id';
import {
  animationsDone,
  chooseOption,
  demoStaffPage,
  pickOption,
  setUpPlatformWithBrowser,
} from '../support/browser';
import { confirmDialog, materialRow } from '../support/staff-pages';

const platform = setUpPlatformWithBrowser();
const SHOTS = '.tmp/joint-intake';
const withCheck = (first17: string) => `${first17}${citizenIdCheckChar(first17)}`;
// 陈静 of the demo registry (src/seed/seed-registry.ts), the mother, and the newborn's number.
const CHEN_JING = withCheck('33010319870923004');
const NEWBORN = withCheck('33010320261101001');
const BIRTH = '出生登记（新生儿国内出生户口登记）';
const MEDICAL = '新生儿城乡居民基本医疗保险参保登记';
const NOT_NEEDED = ['出生医学证明首次签发', '预防接种证办理', '社会保障卡申领'];

/** The parent's children with their offices and the back-office steps open on them. */
async function childrenWithOpenTasks(parentId: string) {
  return await platform.db
    .selectFrom('cases as c')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .innerJoin('case_tasks as t', 't.case_id', 'c.id')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .select(['v.name as item', 'c.status', 't.step_name as step', 'd.name as department'])
    .where('c.parent_case_id', '=', parentId)
    .where('t.state', '=', 'open')
    .orderBy('c.case_number')
    .execute();
}

describe('one-window intake of a bundle (一件事)', () => {
  it('takes 出生一件事 for 陈静 with two of its items, one form and one list, and accepts it once', async () => {
    await mkdir(SHOTS, { recursive: true });
    const clerk = await demoStaffPage(platform, 'clerk');
    await clerk.getByRole('link', { name: '一窗受理' }).first().click();
    await pickOption(clerk, '受理窗口', '潮鸣街道便民服务中心 · 1号');
    await clerk.getByLabel('身份证号码', { exact: true }).fill(CHEN_JING);

    await clerk.getByText('一件事（多个事项联办）').click();
    await clerk.getByLabel('一件事', { exact: true }).click();
    await clerk.getByLabel('一件事', { exact: true }).fill('出生');
    await chooseOption(clerk, /^出生一件事/);

    // 选办: every item is ticked, with its office and promised limit; she needs two of them.
    const choice = clerk.getByRole('checkbox', { name: new RegExp(BIRTH.slice(0, 4)) });
    await choice.waitFor();
    expect(await choice.isChecked()).toBe(true);
    await clerk.getByText('潮鸣派出所 · 承诺时限：1 个工作日').waitFor();
    for (const name of NOT_NEEDED) await clerk.getByRole('checkbox', { name: new RegExp(name) }).uncheck();

    // One form: the newborn asked once for both items, the ID number only the insurance asks for.
    await clerk.getByLabel('新生儿公民身份号码（已落户的填写）', { exact: true }).waitFor();
    expect(await clerk.getByLabel('新生儿姓名', { exact: true }).count()).toBe(1);
    await clerk.getByText('受理时由人口与法人库预填').first().waitFor();
    await clerk.getByLabel('新生儿姓名', { exact: true }).fill('李小宝');
    await pickOption(clerk, '新生儿性别', '男');
    await clerk.getByLabel('新生儿出生日期', { exact: true }).fill('2026-11-01');
    await pickOption(clerk, '申报人与新生儿关系', '母亲');
    await clerk.getByLabel('新生儿公民身份号码（已落户的填写）', { exact: true }).fill(NEWBORN);

    // One material list: the household register both items need appears once, naming both.
    const register = materialRow(clerk, '随父或随母申报一方的居民户口簿');
    await register.getByText('出生登记').waitFor();
    await register.getByText(MEDICAL).waitFor();
    expect(await clerk.locator('tr', { hasText: '出生医学证明首次签发' }).count()).toBe(0);
    await materialRow(clerk, '一寸近照').getByRole('button', { name: '已收' }).click();
    await clerk.getByTestId('material-state-photo').getByText('已提交').waitFor();
    await materialRow(clerk, '一寸近照').getByRole('button', { name: '不符合要求' }).click();
    await animationsDone(clerk);
    await clerk.getByPlaceholder('写明哪里不符合要求').fill('照片为黑白');
    await clerk.locator('.defect-popover').getByRole('button').click();
    await materialRow(clerk, '一寸近照').getByText('照片为黑白').waitFor();
    await clerk.getByRole('button', { name: '必需材料全部已收' }).click();
    await clerk.getByTestId('material-state-photo').getByText('已提交').waitFor();
    await clerk.screenshot({ path: `${SHOTS}/1-intake.png`, fullPage: true });

    await clerk.getByRole('button', { name: '发起联办件' }).click();
    await clerk.waitForURL(/\/cases\/[0-9a-f-]{36}/);
    const parentId = new URL(clerk.url()).pathname.split('/')[2] as string;
    const children = clerk.getByTestId('joint-children');
    await children.getByText(BIRTH).waitFor();
    await children.getByText(MEDICAL).waitFor();
    await clerk.getByRole('button', { name: '受理', exact: true }).click();
    await confirmDialog(clerk, '稍后');
    await clerk.getByTestId('case-status').getByText('已受理').waitFor();
    await children.getByText('户籍民警审核登记').waitFor();
    await animationsDone(clerk);
    await clerk.locator('.ant-modal-mask').waitFor({ state: 'detached' });
    await clerk.screenshot({ path: `${SHOTS}/2-parent-accepted.png`, fullPage: true });
    await clerk.context().close();

    expect(await childrenWithOpenTasks(parentId)).toEqual([
      { item: BIRTH, status: 'accepted', step: '户籍民警审核登记', department: '潮鸣派出所' },
      { item: MEDICAL, status: 'accepted', step: '医保经办审核', department: '下城区医疗保障局' },
    ]);
  });
});
