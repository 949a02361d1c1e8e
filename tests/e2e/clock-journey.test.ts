import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENT_ID_NUMBER } from '../../src/seed/demo-certificates';
import { DEMO_PASSWORD, DEMO_RESIDENT } from '../../src/seed/demo-district';
import {
  animationsDone,
  demoStaffPage,
  newPage,
  setUpPlatformWithBrowser,
  signInToResidentApp,
} from '../support/browser';
import { catalogEditor, publishItem, subsidy } from '../support/case-world';
import { pngImage } from '../support/file-fixtures';
import { type Client, signInStaff } from '../support/test-app';

/**
 * A case of 下城区民政局 in the back office: the approver returns it to 张秀英
 * for correction, who answers on her phone; asks 潮鸣街道便民服务中心 to verify
 * her address, which the clerk answers under 核验请求; the chief representative
 * asks for more time, which the leader approves under 延期审批.
 */

const platform = setUpPlatformWithBrowser();
const PHONE = { width: 390, height: 844 };
let caseId: string;
let approver: Client;

async function departmentId(name: string): Promise<string> {
  const row = await platform.db
    .selectFrom('departments')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function openTask() {
  const task = await platform.db
    .selectFrom('case_tasks')
    .select(['id', 'row_version'])
    .where('case_id', '=', caseId)
    .where('state', '=', 'open')
    .executeTakeFirstOrThrow();
  return { id: task.id, version: task.row_version };
}

async function act(client: Client, action: string, body: Record<string, unknown>) {
  const task = await openTask();
  const response = await client.post(`/api/tasks/${task.id}/${action}`, { version: task.version, ...body });
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  const civil = await departmentId('下城区民政局');
  const content = subsidy(civil, {
    name: '困难群众临时救助（演示）',
    workflow: [
      {
        key: 'review',
        name: '民政局审查',
        actor: { kind: 'role', role: 'approver', departmentId: civil },
        limitDays: 3,
        actions: ['approve', 'return', 'suspend', 'verify'],
      },
      {
        key: 'decide',
        name: '首席代表审批',
        actor: { kind: 'chief_rep', departmentId: civil },
        limitDays: 2,
        actions: ['approve', 'refuse', 'extend'],
      },
    ],
  });
  const itemId = await publishItem(platform.db, await catalogEditor(platform.db, civil), content);
  const window = await platform.db
    .selectFrom('service_windows as w')
    .innerJoin('halls as h', 'h.id', 'w.hall_id')
    .select('w.id')
    .where('h.name', '=', '潮鸣街道便民服务中心')
    .where('w.number', '=', 1)
    .executeTakeFirstOrThrow();
  const clerk = await signInStaff(platform.app, 'clerk', DEMO_PASSWORD);
  const started = await clerk.post('/api/cases', {
    itemId,
    windowId: window.id,
    applicant: { kind: 'person', number: DEMO_RESIDENT_ID_NUMBER },
    formData: { reason: '因病致贫，申请临时救助' },
    materials: [{ key: 'id_card', state: 'provided' }],
  });
  expect(started.statusCode, started.body).toBe(201);
  caseId = started.json().id;
  const accepted = await clerk.post(`/api/cases/${caseId}/accept`, { version: started.json().version });
  expect(accepted.statusCode, accepted.body).toBe(200);
  approver = await signInStaff(platform.app, 'approver', DEMO_PASSWORD);
});

describe('the clock of a case across the back office and the resident app', () => {
  it('张秀英 reads what to correct on her phone and answers; the clock restarts', async () => {
    await act(approver, 'correction', {
      corrections: ['补交近三个月的收入证明', '说明户口簿地址与申请表不一致的原因'],
      note: '经审查，材料需补正',
    });
    const page = await newPage(platform, PHONE);
    await signInToResidentApp(page, platform, DEMO_RESIDENT.phone);
    await page.getByText(DEMO_RESIDENT.name).waitFor();

    await page.goto(`${platform.baseUrl}/m/progress/${caseId}`);
    await page.getByText('需要您补正').waitFor();
    await page.screenshot({ path: '.tmp/clock-resident-case.png', fullPage: true });
    await page.getByRole('button', { name: '去补正' }).click();
    await page.getByText('第二步：说明并提交').waitFor();
    await page.screenshot({ path: '.tmp/clock-resident-correction.png', fullPage: true });
    await page
      .getByPlaceholder(/已上传近三个月的收入证明/)
      .fill('收入证明明天到窗口交；地址以户口簿为准，已搬家');
    await page.getByRole('button', { name: '提交补正' }).click();
    await page.getByText('补正已提交').waitFor();
    await page.getByText('已提交', { exact: true }).waitFor({ state: 'hidden' });
    await page.screenshot({ path: '.tmp/clock-resident-answered.png', fullPage: true });
    const stop = await platform.db
      .selectFrom('case_suspensions')
      .select(['ended_at', 'answer_channel'])
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(stop.answer_channel).toBe('online');
    expect(stop.ended_at).not.toBeNull();
  });

  it('the street centre answers the verification request under 核验请求', async () => {
    await act(approver, 'verifications', {
      toDepartmentId: await departmentId('潮鸣街道便民服务中心'),
      question: '请核实张秀英是否实际居住在小天竺社区（户口簿地址与申请表不一致）',
    });
    const page = await demoStaffPage(platform, 'clerk');
    await page.getByRole('menuitem', { name: '核验请求' }).click();
    const row = page.getByRole('row', { name: /实际居住在小天竺社区/ });
    await row.waitFor();
    await page.screenshot({ path: '.tmp/clock-verifications.png', fullPage: true });
    await row.getByRole('button', { name: '回复' }).click();
    const dialog = page.getByRole('dialog', { name: '回复核验请求' });
    await animationsDone(page);
    await dialog.getByText('属实', { exact: true }).click();
    await dialog.getByLabel('核实情况').fill('经社区网格员入户核实，张秀英实际居住在小天竺社区');
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: '入户核实照片.png', mimeType: 'image/png', buffer: pngImage(72, 40) });
    await dialog.locator('.ant-upload-list-item-done', { hasText: '入户核实照片' }).waitFor();
    await page.screenshot({ path: '.tmp/clock-verification-answer.png', fullPage: true });
    await dialog.getByRole('button', { name: '回复' }).click();
    await page.getByText('暂无核验请求').waitFor();
    await page.getByText('已回复', { exact: true }).click();
    const answered = page.getByRole('row', { name: /经社区网格员入户核实/ });
    await answered.waitFor();
    await page.screenshot({ path: '.tmp/clock-verifications-answered.png', fullPage: true });

    // The photo went with the answer: it opens from the answered request.
    const photo = answered.getByRole('link', { name: /入户核实照片/ });
    const opened = await page.request.get(`${platform.baseUrl}${await photo.getAttribute('href')}`);
    expect(opened.status()).toBe(200);
    expect(opened.headers()['content-type']).toBe('image/png');
  });

  it('the leader approves the chief representative’s extension under 延期审批', async () => {
    await act(approver, 'approve', { opinion: '核实无误，同意' });
    const task = await platform.db
      .selectFrom('case_tasks as t')
      .innerJoin('staff_users as u', 'u.id', 't.assignee_id')
      .select('u.username')
      .where('t.case_id', '=', caseId)
      .where('t.state', '=', 'open')
      .executeTakeFirstOrThrow();
    const chief = await signInStaff(platform.app, task.username, DEMO_PASSWORD);
    await act(chief, 'extension', { reason: '需召开评议会议集体研究救助标准，无法在法定期限内作出决定' });

    const page = await demoStaffPage(platform, 'leader');
    await page.getByRole('menuitem', { name: '延期审批' }).click();
    const row = page.getByRole('row', { name: /召开评议会议/ });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('批准后约至');
    await page.screenshot({ path: '.tmp/clock-extensions.png', fullPage: true });
    await row.getByRole('button', { name: '批准', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '批准延期' });
    await animationsDone(page);
    await page.screenshot({ path: '.tmp/clock-extension-approve.png', fullPage: true });
    await dialog.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByText('暂无延期申请').waitFor();
    const extension = await platform.db
      .selectFrom('case_extensions')
      .select('state')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(extension.state).toBe('approved');
  });
});
