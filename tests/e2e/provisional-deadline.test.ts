import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENT_ID_NUMBER } from '../../src/seed/demo-certificates';
import { DEMO_PASSWORD, DEMO_RESIDENT } from '../../src/seed/demo-district';
import { demoStaffPage, newPage, setUpPlatformWithBrowser, signInToResidentApp } from '../support/browser';
import { catalogEditor, publishItem, subsidy } from '../support/case-world';
import { demoDesk } from '../support/demo-desk';
import { signInStaff } from '../support/test-app';

/**
 * A case whose limit runs into a year with no holiday schedule loaded (the
 * shipped calendar ends with 2026; 250 working days from any day reach the next
 * year): every screen that shows its deadline says it is an estimate (decision 0028).
 */

const platform = setUpPlatformWithBrowser();
const PHONE = { width: 390, height: 844 };
const NOTE = '按法定节假日暂估，待国务院公布安排后自动校正';
let caseId: string;
let publicCode: string;
let taskId: string;

beforeAll(async () => {
  const civil = await platform.db
    .selectFrom('departments')
    .select('id')
    .where('name', '=', '下城区民政局')
    .executeTakeFirstOrThrow();
  const content = subsidy(civil.id, {
    name: '困难群众临时救助（演示）',
    promisedLimitDays: 250,
    legalLimitDays: 250,
    workflow: [
      {
        key: 'review',
        name: '民政局审查',
        actor: { kind: 'role', role: 'approver', departmentId: civil.id },
        limitDays: 250,
        actions: ['approve', 'return'],
      },
    ],
  });
  const itemId = await publishItem(platform.db, await catalogEditor(platform.db, civil.id), content);
  const { windowId } = await demoDesk(platform.db);
  const clerk = await signInStaff(platform.app, 'clerk', DEMO_PASSWORD);
  const started = await clerk.post('/api/cases', {
    itemId,
    windowId,
    applicant: { kind: 'person', number: DEMO_RESIDENT_ID_NUMBER },
    formData: { reason: '因病致贫，申请临时救助' },
    materials: [{ key: 'id_card', state: 'provided' }],
  });
  expect(started.statusCode, started.body).toBe(201);
  caseId = started.json().id;
  publicCode = started.json().publicCode;
  const accepted = await clerk.post(`/api/cases/${caseId}/accept`, { version: started.json().version });
  expect(accepted.statusCode, accepted.body).toBe(200);
  const task = await platform.db
    .selectFrom('case_tasks')
    .select('id')
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  taskId = task.id;
});

describe('a provisional deadline on every screen that shows it', () => {
  it('the clerk’s case page and the approver’s task page mark it 暂估 with the note', async () => {
    const clerkPage = await demoStaffPage(platform, 'clerk');
    await clerkPage.goto(`${platform.baseUrl}/cases/${caseId}`);
    await clerkPage.getByText('承诺办结期限').waitFor();
    await expect(clerkPage.getByText('暂估', { exact: true }).count()).resolves.toBe(2);
    await expect(clerkPage.getByText(NOTE).first().isVisible()).resolves.toBe(true);
    await clerkPage.screenshot({ path: '.tmp/provisional-case.png', fullPage: true });
    await clerkPage.context().close();

    const approverPage = await demoStaffPage(platform, 'approver');
    await approverPage.goto(`${platform.baseUrl}/tasks/${taskId}`);
    await approverPage.getByText('民政局审查').first().waitFor();
    await approverPage.getByText(NOTE).first().waitFor();
    await approverPage.screenshot({ path: '.tmp/provisional-task.png', fullPage: true });
    await approverPage.getByRole('menuitem', { name: '我的待办' }).click();
    await approverPage.getByRole('tab', { name: /部门待签收/ }).click();
    await approverPage
      .getByRole('row', { name: /困难群众临时救助/ })
      .getByText('暂估')
      .waitFor();
    await approverPage.screenshot({ path: '.tmp/provisional-inbox.png', fullPage: true });
    await approverPage.context().close();
  });

  it('the public progress page, the resident app and the acceptance notice say so, in both languages', async () => {
    const page = await newPage(platform, PHONE);
    await page.goto(`${platform.baseUrl}/t/${publicCode}`);
    await page.getByText(NOTE).waitFor();
    await page.screenshot({ path: '.tmp/provisional-public.png', fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(/Estimated from the statutory holidays/).waitFor();
    await page.screenshot({ path: '.tmp/provisional-public-en.png', fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();
    await page.context().close();

    const app = await newPage(platform, PHONE);
    await signInToResidentApp(app, platform, DEMO_RESIDENT.phone, DEMO_RESIDENT.name);
    await app.goto(`${platform.baseUrl}/m/progress/${caseId}`);
    await app.getByText(NOTE).waitFor();
    await app.screenshot({ path: '.tmp/provisional-resident.png', fullPage: true });
    await app.getByText('受理通知书').click();
    await app.getByText(`（${NOTE}）`).waitFor();
    await app.screenshot({ path: '.tmp/provisional-notice.png', fullPage: true });
    await app.context().close();
  });
});
