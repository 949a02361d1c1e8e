import { beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/auth/actor';
import { issueCertificate } from '../../src/modules/certificates/issue-certificate';
import { citizenIdCheckChar } from '../../src/shared/citizen-id';
import {
  animationsDone,
  demoStaffPage,
  newPage,
  pickOption,
  setUpPlatformWithBrowser,
} from '../support/browser';
import { demoDesk } from '../support/demo-desk';
import { PHONE, signInToResidentApp } from '../support/resident-pages';

const platform = setUpPlatformWithBrowser();
// 吴婷婷 of the demo registry, whose registry phone is 13905711185; she signs in with another phone.
const NUMBER = `33010319920805006${citizenIdCheckChar('33010319920805006')}`;
const NEW_PHONE = '13900006688';

beforeAll(async () => {
  const police = await platform.db
    .selectFrom('departments')
    .select('id')
    .where('name', '=', '杭州市公安局下城区分局')
    .executeTakeFirstOrThrow();
  await platform.db.transaction().execute((tx) =>
    issueCertificate(tx, SYSTEM_ACTOR, {
      type: 'id_card',
      origin: 'manual',
      holderName: '吴婷婷',
      holderNumber: NUMBER,
      issuerDepartmentId: police.id,
      data: {
        sex: '女',
        ethnicity: '汉',
        birthDate: '1992-08-05',
        address: '杭州市下城区潮鸣街道宝善社区15号',
      },
    }),
  );
});

describe('real-name verification', () => {
  it('links a phone the registry does not hold unverified, until a clerk checks her ID card at a window', async () => {
    const page = await newPage(platform, PHONE);
    await signInToResidentApp(page, platform, NEW_PHONE);
    await page.waitForURL(/\/m\/identity/);
    await page.getByPlaceholder('请输入身份证上的姓名').fill('吴婷婷');
    await page.getByPlaceholder('请输入18位身份证号码').fill(NUMBER);
    await page.getByRole('button', { name: '提交认证' }).click();
    await page.getByText('身份证号码已绑定，还需到窗口核验').waitFor();
    await page.screenshot({ path: '.tmp/identity-unverified.png', fullPage: true });

    // The owner of the number hears of it on the phone the registry holds.
    const told = await platform.db
      .selectFrom('notifications')
      .select('body')
      .where('recipient', '=', '13905711185')
      .where('purpose', '=', 'identity_linked')
      .executeTakeFirstOrThrow();
    expect(told.body).toContain('139****6688');

    // No pre-fill and none of her data while unverified.
    const { itemId, content } = await demoDesk(platform.db);
    await page.goto(`${platform.baseUrl}/m/items/${itemId}/apply`);
    await page.getByText('系统不会自动填表').waitFor();
    await expect(page.getByText('户籍所在社区').isVisible()).resolves.toBe(true);
    await expect(page.getByText('由系统按您的实名信息自动填写').count()).resolves.toBe(0);
    await page.screenshot({ path: '.tmp/apply-unverified.png', fullPage: true });
    await page.goto(`${platform.baseUrl}/m/certificates`);
    await page.getByText('实名信息待核验').waitFor();
    await page.screenshot({ path: '.tmp/certificates-unverified.png', fullPage: true });

    // She applies anyway, typing everything (through the API: the form has its own checks above).
    const typed: Record<string, string> = {
      name: '吴婷婷',
      id_number: NUMBER,
      sex: '女',
      birth_date: '1992-08-05',
      phone: NEW_PHONE,
      household_address: '杭州市下城区潮鸣街道宝善社区15号',
    };
    // Her own session (the page's cookie), as the app would send it.
    const me = await (await page.request.get(`${platform.baseUrl}/api/auth/me`)).json();
    const response = await page.request.post(`${platform.baseUrl}/api/resident/cases`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        itemId,
        regionCode: '330103004003',
        formData: Object.fromEntries(
          content.formFields.map((field) => [field.key, typed[field.profileSource ?? ''] ?? '']),
        ),
      },
    });
    const applied = { statusCode: response.status(), body: await response.text() };
    const caseId = JSON.parse(applied.body).id as string;
    expect(applied.statusCode, applied.body).toBe(201);

    // At the window the case shows 未核验身份; the clerk finds her account by phone, checks the ID card, verifies.
    const staff = await demoStaffPage(platform, 'clerk');
    await staff.goto(`${platform.baseUrl}/cases/${caseId}`);
    await staff.getByTestId('identity-unverified').waitFor();
    await staff.screenshot({ path: '.tmp/case-unverified-staff.png' });
    await staff.getByRole('button', { name: '核验身份证' }).click();
    await staff.getByText('已查验身份证原件：证件有效').waitFor();
    await animationsDone(staff);
    await staff.screenshot({ path: '.tmp/case-identity-check-dialog.png' });
    await staff.getByRole('button', { name: '取消' }).click();
    await staff.getByRole('link', { name: '实名核验' }).first().click();
    await staff.getByLabel('群众登录“一次”的手机号码').fill(NEW_PHONE);
    await staff.getByRole('button', { name: '查找账号' }).click();
    await staff.getByTestId('identity-state').getByText('未核验').waitFor();
    await staff.getByLabel('身份证上的姓名').fill('吴婷婷');
    await staff.getByLabel('身份证号码', { exact: true }).fill(NUMBER);
    await pickOption(staff, '当前窗口', '潮鸣街道便民服务中心 · 1号');
    await staff.getByText('已查验身份证原件').click();
    await staff.screenshot({ path: '.tmp/identity-check-staff.png', fullPage: true });
    await staff.getByRole('button', { name: '确认核验' }).click();
    await staff.getByTestId('identity-state').getByText('已核验').waitFor();
    await staff.screenshot({ path: '.tmp/identity-checked-staff.png', fullPage: true });
    // Her verified account clears the mark on the application she made from it.
    await staff.goto(`${platform.baseUrl}/cases/${caseId}`);
    await staff.getByText('核验申请人身份').first().waitFor();
    await expect(staff.getByTestId('identity-unverified').count()).resolves.toBe(0);
    await staff.context().close();

    // Her app now shows her data.
    await page.goto(`${platform.baseUrl}/m/certificates`);
    await page.getByText('居民身份证').first().waitFor();
    await page.screenshot({ path: '.tmp/certificates-verified.png', fullPage: true });
    await page.goto(`${platform.baseUrl}/m/me`);
    await page.getByText('已实名').waitFor();
    await page.screenshot({ path: '.tmp/me-verified.png', fullPage: true });
    await page.context().close();
  });
});
