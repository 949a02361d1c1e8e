import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEMO_RESIDENT_ID_NUMBER } from '../../src/seed/demo-certificates';
import { animationsDone, demoStaffPage, setUpPlatformWithBrowser } from '../support/browser';
import { demoDesk } from '../support/demo-desk';
import { openTaskFromInbox } from '../support/staff-pages';
import { signInStaff } from '../support/test-app';

const platform = setUpPlatformWithBrowser();
const SHOTS = '.tmp/scan';
const ITEM = '临时救助对象认定及救助金给付';

/** 张秀英's application taken at the 潮鸣 window through the API, her household register not yet handed over. */
async function startedWithoutRegister() {
  const { itemId, content, windowId } = await demoDesk(platform.db, ITEM);
  const register = content.materials.find((material) => material.name === '户口簿');
  if (!register) throw new Error(`${ITEM} asks for no 户口簿`);
  const clerk = await signInStaff(platform.app, 'clerk', 'yici2026');
  const started = await clerk.post('/api/cases', {
    itemId,
    windowId,
    applicant: { kind: 'person', number: DEMO_RESIDENT_ID_NUMBER },
    formData: { reason: '突发重病住院，医疗费用超过家庭承受能力' },
    materials: content.materials.map((material) => ({
      key: material.key,
      state: material.key === register.key ? 'missing' : 'provided',
    })),
  });
  expect(started.statusCode, started.body).toBe(201);
  const { id, caseNumber } = started.json();
  return { clerk, windowId, caseId: id as string, caseNumber: caseNumber as string, register };
}

describe('paperless: a scan at the window reaches the back office', () => {
  it('the clerk scans 张秀英’s household register with the document camera and accepts; the approver opens it from the task page', async () => {
    await mkdir(SHOTS, { recursive: true });
    const { clerk, windowId, caseId, caseNumber, register } = await startedWithoutRegister();

    const window = await demoStaffPage(platform, 'clerk');
    await window.goto(`${platform.baseUrl}/cases/${caseId}`);
    await window.getByTestId(`scan-${register.key}`).click();
    const dialog = window.locator('.ant-modal:visible');
    // Chromium's fake camera: wait until it gives frames, then take two pages and turn the first.
    const video = dialog.locator('.scan-camera video');
    await expect
      .poll(() => video.evaluate((element) => (element as { videoWidth: number }).videoWidth))
      .toBeGreaterThan(0);
    await dialog.getByTestId('scan-capture').click();
    await dialog.getByText('第 1 页').waitFor();
    await dialog.getByTestId('scan-capture').click();
    await dialog.getByText('第 2 页').waitFor();
    await dialog.getByRole('button', { name: '旋转' }).first().click();
    await dialog.getByText('申请人同意将本材料存入材料库').click();
    await animationsDone(window);
    await window.screenshot({ path: `${SHOTS}/1-scanner.png` });
    await dialog.getByTestId('scan-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await window.getByTestId(`view-paper-${register.key}`).waitFor();
    const kept = await platform.db
      .selectFrom('case_materials as c')
      .innerJoin('materials as m', 'm.id', 'c.material_id')
      .innerJoin('stored_files as f', 'f.sha256', 'm.file_sha256')
      .select(['c.state', 'm.id', 'f.mime_type', 'm.owner_number'])
      .where('c.case_id', '=', caseId)
      .where('c.material_key', '=', register.key)
      .executeTakeFirstOrThrow();
    expect(kept).toMatchObject({
      state: 'provided',
      mime_type: 'application/pdf',
      owner_number: DEMO_RESIDENT_ID_NUMBER,
    });
    await window.context().close();
    const version = (await clerk.get(`/api/cases/${caseId}/material-check`)).json().version;
    const accepted = await clerk.post(`/api/cases/${caseId}/accept`, { version, windowId });
    expect(accepted.statusCode, accepted.body).toBe(200);

    // The street's first step (街道受理) is the window's; the back-office approver comes next.
    const first = await platform.db
      .selectFrom('case_tasks')
      .select('id')
      .where('case_id', '=', caseId)
      .where('state', '=', 'open')
      .executeTakeFirstOrThrow();
    const act = async (action: string, body: object) => {
      const { version } = (await clerk.get(`/api/tasks/${first.id}`)).json();
      const reply = await clerk.post(`/api/tasks/${first.id}/${action}`, { version, ...body });
      expect(reply.statusCode, reply.body).toBe(200);
    };
    await act('claim', {});
    await act('approve', { opinion: '材料齐全，转街道审核' });

    const approver = await demoStaffPage(platform, 'street');
    await approver.setViewportSize({ width: 1440, height: 900 });
    await openTaskFromInbox(approver, caseNumber, '部门待签收');
    await approver.getByTestId(`view-paper-${register.key}`).waitFor();
    await approver.screenshot({ path: `${SHOTS}/2-task.png`, fullPage: true });
    await approver.getByTestId(`view-paper-${register.key}`).click();
    await approver.locator('.paper-stage iframe').waitFor();
    await animationsDone(approver);
    await approver.screenshot({ path: `${SHOTS}/3-viewer.png` });
    const read = await platform.db
      .selectFrom('record_reads as r')
      .innerJoin('staff_users as u', 'u.id', 'r.staff_id')
      .select(['u.username', 'r.record_kind', 'r.subject_number'])
      .where('r.record_id', '=', kept.id)
      .execute();
    expect(read).toEqual([
      { username: 'street', record_kind: 'material', subject_number: DEMO_RESIDENT_ID_NUMBER },
    ]);
  });
});
