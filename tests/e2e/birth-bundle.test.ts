import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo-district';
import { citizenIdCheckChar } from '../../src/shared/citizen-id';
import {
  animationsDone,
  demoStaffPage,
  newPage,
  pickOption,
  setUpPlatformWithBrowser,
  signInToResidentApp,
} from '../support/browser';
import { pngImage } from '../support/file-fixtures';
import { approveTask, openTaskFromInbox } from '../support/staff-pages';
import { signInStaff } from '../support/test-app';

/**
 * Issue 5's journey. 陈静 (潮鸣街道, a registry resident) applies for 出生一件事 on
 * her phone, choosing the newborn's household registration and medical
 * insurance; the 潮鸣 window accepts the bundle once; the police station's
 * 户籍民警 and the medical insurance bureau's approver work at the same time,
 * the station asking the street centre to verify the address; her app then
 * shows both items' progress and the one joint result.
 */

const platform = setUpPlatformWithBrowser();
const SHOTS = '.tmp/birth-bundle';
const PHONE_SCREEN = { width: 390, height: 844 };
const MOTHER = { name: '陈静', phone: '13905711037', idNumber: '' };
const CHOSEN = ['出生登记（新生儿国内出生户口登记）', '新生儿城乡居民基本医疗保险参保登记'];
const UPLOADS = ['出生医学证明', '户口簿', '结婚证', '宝宝一寸照'];

let resident: Page;
let parent: { id: string; caseNumber: string };

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  MOTHER.idNumber = `33010319870923004${citizenIdCheckChar('33010319870923004')}`;
});

/** The joint case's children: each item's name and the child's case number, in number order. */
async function children(): Promise<{ name: string; case_number: string }[]> {
  return await platform.db
    .selectFrom('cases as c')
    .innerJoin('catalog_item_versions as v', (join) =>
      join.onRef('v.item_id', '=', 'c.item_id').onRef('v.version', '=', 'c.item_version'),
    )
    .select(['v.name', 'c.case_number'])
    .where('c.parent_case_id', '=', parent.id)
    .orderBy('c.case_number')
    .execute();
}

async function childNumber(itemName: string): Promise<string> {
  return (await children()).find((child) => child.name === itemName)?.case_number ?? '';
}

/** Uploads a photo to 我的材料 from the signed-in app's own session, as its upload screen does. */
async function uploadInApp(page: Page, name: string, bytes: Buffer): Promise<number> {
  return await page.evaluate(
    async ({ name, data }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const form = new FormData();
      form.append('name', name);
      form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), `${name}.png`);
      const reply = await fetch('/api/resident/materials', {
        method: 'POST',
        body: form,
        headers: { 'x-csrf-token': me.csrfToken },
      });
      return reply.status;
    },
    { name, data: [...bytes] },
  );
}

/** A form item of the app's application form, by the start of its label. */
const appField = (page: Page, label: string) =>
  page.locator('.adm-form-item').filter({ has: page.locator('.adm-form-item-label', { hasText: label }) });

describe('出生一件事 from the app to the joint result', () => {
  it('陈静 verifies her identity and applies on her phone for the two items she needs', async () => {
    resident = await newPage(platform, PHONE_SCREEN);
    await signInToResidentApp(resident, platform, MOTHER.phone);
    await resident.waitForURL(/\/m\/identity/);
    await resident.getByPlaceholder('请输入身份证上的姓名').fill(MOTHER.name);
    await resident.getByPlaceholder('请输入18位身份证号码').fill(MOTHER.idNumber);
    await resident.getByRole('button', { name: '提交认证' }).click();
    await resident.getByText('实名认证成功').waitFor();

    // Her papers, photographed ahead in 我的材料 (the upload screen has its own journey).
    for (const [index, name] of UPLOADS.entries()) {
      expect(await uploadInApp(resident, name, pngImage(20 + index, 24))).toBe(201);
    }

    const bundle = await platform.db
      .selectFrom('catalog_bundles')
      .select('id')
      .where('name', '=', '出生一件事')
      .executeTakeFirstOrThrow();
    await resident.goto(`${platform.baseUrl}/m/bundles/${bundle.id}`);
    await resident.getByRole('button', { name: '一次申请' }).click();
    await resident.getByText('1. 选择要办理的事项').waitFor();
    // 出生医学证明 came from the hospital and 社保卡 can wait: she unticks them.
    await resident.getByText('出生医学证明首次签发', { exact: true }).click();
    await resident.getByText('社会保障卡申领', { exact: true }).click();
    await resident.screenshot({ path: `${SHOTS}/1-choose.png`, fullPage: true });
    await resident.getByRole('button', { name: '下一步：填写申请' }).click();

    await appField(resident, '新生儿姓名').locator('input').fill('李小满');
    await appField(resident, '新生儿性别').getByText('女', { exact: true }).click();
    await appField(resident, '新生儿出生日期').locator('input').fill('2026-11-10');
    await appField(resident, '申报人与新生儿关系').getByText('母亲', { exact: true }).click();
    await appField(resident, '《出生医学证明》').getByText('出生医学证明', { exact: true }).click();
    await appField(resident, '随父或随母申报一方的居民户口簿').getByText('户口簿', { exact: true }).click();
    await appField(resident, '父母的结婚证').getByText('结婚证', { exact: true }).click();
    await appField(resident, '一寸近照').getByText('宝宝一寸照', { exact: true }).click();
    await resident.screenshot({ path: `${SHOTS}/2-form.png`, fullPage: true });
    await resident.getByRole('button', { name: '提交申请' }).click();
    await resident.getByText('申请已提交').waitFor();
    await resident.screenshot({ path: `${SHOTS}/3-applied.png`, fullPage: true });

    const row = await platform.db
      .selectFrom('cases')
      .select(['id', 'case_number', 'row_version'])
      .where('case_kind', '=', 'bundle')
      .where('applicant_name', '=', MOTHER.name)
      .executeTakeFirstOrThrow();
    parent = { id: row.id, caseNumber: row.case_number };
    expect((await children()).map((child) => child.name)).toEqual(CHOSEN);

    // The 潮鸣 window's pre-review accepts the bundle once (window intake has its own journeys).
    const clerk = await signInStaff(platform.app, 'clerk', DEMO_PASSWORD);
    const accepted = await clerk.post(`/api/cases/${row.id}/accept`, { version: row.row_version });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('the police station and the medical insurance bureau work at once; the street verifies the address', async () => {
    const station = await demoStaffPage(platform, 'station');
    const medical = await demoStaffPage(platform, 'medical');
    await openTaskFromInbox(station, await childNumber(CHOSEN[0] as string), '部门待签收');
    await station.getByText('户籍民警审核登记').first().waitFor();
    await station.getByRole('button', { name: '信息核验' }).click();
    await animationsDone(station);
    await pickOption(station, '核验部门', '潮鸣街道便民服务中心');
    await station
      .getByLabel('需要核实的事项')
      .fill('请核实申报人陈静是否实际居住在潮鸣街道（落户地址以其户口簿为准）');
    await station.getByRole('button', { name: '发送核验请求' }).click();
    await station.getByText('核验请求已发送').waitFor();

    // Meanwhile the medical insurance bureau decides its item.
    await openTaskFromInbox(medical, await childNumber(CHOSEN[1] as string), '部门待签收');
    await medical.getByText('医保经办审核').first().waitFor();
    await medical.screenshot({ path: `${SHOTS}/4-medical-task.png`, fullPage: true });
    await approveTask(medical, '准予（办结）', '新生儿参保信息齐全，准予参保');

    const clerk = await demoStaffPage(platform, 'clerk');
    await clerk.getByRole('menuitem', { name: '核验请求' }).click();
    const request = clerk.getByRole('row', { name: /实际居住在潮鸣街道/ });
    await request.getByRole('button', { name: '回复' }).click();
    const dialog = clerk.getByRole('dialog', { name: '回复核验请求' });
    await animationsDone(clerk);
    await dialog.getByText('属实', { exact: true }).click();
    await dialog.getByLabel('核实情况').fill('经社区核实，陈静一家实际居住在小天竺社区');
    await dialog.getByRole('button', { name: '回复' }).click();
    await clerk.getByText('暂无核验请求').waitFor();

    await station.reload();
    await station.getByText('经社区核实，陈静一家实际居住在小天竺社区').first().waitFor();
    await station.screenshot({ path: `${SHOTS}/5-station-task.png`, fullPage: true });
    await approveTask(station, '准予（办结）', '出生医学证明与户口簿核验无误，准予登记', 'HK330103202611001');
    for (const page of [station, medical, clerk]) await page.context().close();
  });

  it('her app shows each item done and the one joint result notice', async () => {
    const closed = await platform.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', parent.id)
      .executeTakeFirstOrThrow();
    expect(closed.status).toBe('result_ready');
    await resident.goto(`${platform.baseUrl}/m/progress/${parent.id}`);
    await resident.getByText('各事项办理进度').waitFor();
    for (const item of CHOSEN) await resident.getByText(item).first().waitFor();
    await resident.getByText('联办办结通知书').first().waitFor();
    await resident.screenshot({ path: `${SHOTS}/6-app-progress.png`, fullPage: true });
    await resident.getByText('联办办结通知书').first().click();
    await resident.getByText(parent.caseNumber).first().waitFor();
    await resident.screenshot({ path: `${SHOTS}/7-joint-result.png`, fullPage: true });
    await resident.context().close();
  });
});
