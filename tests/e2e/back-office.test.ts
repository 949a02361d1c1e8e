import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Notifier } from '../../src/modules/notify/notifier';
import { sweepWarnings } from '../../src/modules/supervision/sweep-warnings';
import { DEMO_RESIDENT_ID_NUMBER } from '../../src/seed/demo-certificates';
import { animationsDone, demoStaffPage, setUpPlatformWithBrowser } from '../support/browser';
import { demoDesk } from '../support/demo-desk';
import { pngImage } from '../support/file-fixtures';
import { approveTask as approve, openTaskFromInbox as openTask } from '../support/staff-pages';
import { signInStaff } from '../support/test-app';

const platform = setUpPlatformWithBrowser();
const SHOTS = '.tmp/back-office';
const ITEM = '临时救助对象认定及救助金给付';

/** 张秀英's application, taken and accepted at the 潮鸣 window through the API (intake has its own journey). */
async function acceptedApplication(): Promise<string> {
  const { itemId, content, windowId } = await demoDesk(platform.db, ITEM);
  const clerk = await signInStaff(platform.app, 'clerk', 'yici2026');
  const started = await clerk.post('/api/cases', {
    itemId,
    windowId,
    applicant: { kind: 'person', number: DEMO_RESIDENT_ID_NUMBER },
    formData: { reason: '突发重病住院，医疗费用超过家庭承受能力' },
    materials: content.materials.map((material) => ({
      key: material.key,
      state: 'provided',
    })),
  });
  expect(started.statusCode, started.body).toBe(201);
  const accepted = await clerk.post(`/api/cases/${started.json().id}/accept`, {
    version: started.json().version,
    windowId,
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return started.json().id;
}

describe('the back office: a temporary-assistance case from the window to the decision', () => {
  it('goes from the street window through the street review to the chief representative, each from their inbox', async () => {
    await mkdir(SHOTS, { recursive: true });
    const caseId = await acceptedApplication();
    const { case_number: caseNumber } = await platform.db
      .selectFrom('cases')
      .select('case_number')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();

    const clerk = await demoStaffPage(platform, 'clerk');
    await openTask(clerk, caseNumber, '部门待签收');
    await clerk.getByText('街道受理').first().waitFor();
    await clerk
      .getByText(/剩 \d+ 个工作日|今日到期/)
      .first()
      .waitFor();
    await clerk.screenshot({ path: `${SHOTS}/1-task.png`, fullPage: true });
    await approve(clerk, '通过', '材料齐全，转街道审核');

    const street = await demoStaffPage(platform, 'street');
    await street.getByRole('link', { name: '我的待办' }).first().click();
    await street.getByRole('tab', { name: /部门待签收/ }).click();
    await street.locator('tr', { hasText: caseNumber }).waitFor();
    await street.screenshot({ path: `${SHOTS}/2-inbox.png`, fullPage: true });
    await openTask(street, caseNumber, '部门待签收');
    await street.getByText('材料齐全，转街道审核').waitFor();
    // The street's approver attaches the photo of the home visit to the approval.
    await street.getByRole('button', { name: '通过' }).click();
    await animationsDone(street);
    const dialog = street.locator('.ant-modal:visible');
    await dialog.getByLabel('办理意见').fill('入户调查属实，公示无异议');
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: '入户调查照片.png', mimeType: 'image/png', buffer: pngImage(64, 48) });
    await dialog.locator('.ant-upload-list-item-done', { hasText: '入户调查照片' }).waitFor();
    await street.screenshot({ path: `${SHOTS}/2-attachment.png` });
    await dialog.getByRole('button', { name: /确\s?定/ }).click();
    await street.waitForURL(/\/tasks$/);

    const holder = await platform.db
      .selectFrom('case_tasks as t')
      .innerJoin('staff_users as u', 'u.id', 't.assignee_id')
      .select('u.username')
      .where('t.case_id', '=', caseId)
      .where('t.state', '=', 'open')
      .executeTakeFirstOrThrow();
    expect(['chief', 'chief2']).toContain(holder.username);
    const chief = await demoStaffPage(platform, holder.username);
    await openTask(chief, caseNumber, '我的待办');
    await chief.getByText('入户调查属实，公示无异议').waitFor();
    // In the route and in the case's history below it.
    await expect.poll(() => chief.getByRole('link', { name: '入户调查照片' }).count()).toBe(2);
    await chief.screenshot({ path: `${SHOTS}/3-decision.png`, fullPage: true });
    // The bureau's leader is copied on the decision (抄送) and sees it without being able to act.
    const leader = await demoStaffPage(platform, 'leader');
    await leader.getByRole('link', { name: '我的待办' }).first().click();
    await leader.getByRole('tab', { name: /抄送我的/ }).click();
    await leader.locator('tr', { hasText: caseNumber }).getByText('区民政局审批').waitFor();
    await leader.screenshot({ path: `${SHOTS}/3-copied.png`, fullPage: true });
    await leader.context().close();
    await approve(chief, '准予（办结）', '同意给予临时救助');

    const closed = await platform.db
      .selectFrom('cases')
      .select('status')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(closed.status).not.toBe('accepted');
    await chief.goto(`${platform.baseUrl}/cases/${caseId}`);
    await chief.getByText('审批通过：区民政局审批').waitFor();
    const photo = chief.getByRole('link', { name: '入户调查照片' });
    const opened = await chief.request.get(`${platform.baseUrl}${await photo.getAttribute('href')}`);
    expect(opened.headers()['content-type']).toBe('image/png');
    await chief.screenshot({ path: `${SHOTS}/4-case.png`, fullPage: true });
  });

  it('shows the supervision office a late step in red, counted by department, down to the case', async () => {
    const caseId = await acceptedApplication();
    const task = await platform.db
      .selectFrom('case_tasks')
      .select('due_at')
      .where('case_id', '=', caseId)
      .where('state', '=', 'open')
      .executeTakeFirstOrThrow();
    // The sweep runs every five minutes as a job; here it runs once at a moment after the deadline.
    await sweepWarnings(
      { db: platform.db, notifier: new Notifier() },
      new Date(task.due_at.getTime() + 3_600_000),
    );
    const supervisor = await demoStaffPage(platform, 'supervisor');
    await supervisor.getByRole('link', { name: '电子监察' }).first().click();
    await supervisor.getByText('潮鸣街道便民服务中心').first().waitFor();
    await supervisor.locator('tr', { hasText: '街道受理' }).first().waitFor();
    // The table fades in from its loading state; the picture is of the page as it then stands.
    await animationsDone(supervisor);
    await supervisor.screenshot({ path: `${SHOTS}/5-supervision.png`, fullPage: true });
    await supervisor.locator('tr', { hasText: '街道受理' }).first().getByRole('link').click();
    await supervisor.waitForURL(/\/cases\//);
    await supervisor.getByText('进入审批环节：街道受理').waitFor();
  });
});
