import { describe, expect, it } from 'vitest';
import { citizenIdCheckChar } from '../../src/shared/citizen-id';
import {
  animationsDone,
  demoStaffPage,
  newPage,
  pickOption,
  setUpPlatformWithBrowser,
} from '../support/browser';
import { PHONE, signInToResidentApp } from '../support/resident-pages';

const platform = setUpPlatformWithBrowser();
const HOLDER = '33010319600501004';

const staffPage = (username: string) => demoStaffPage(platform, username);

describe('electronic certificates', () => {
  it('a certificate issued at the civil affairs bureau verifies by its QR page, until it is revoked', async () => {
    const staff = await staffPage('approver');
    await staff.getByRole('link', { name: '电子证照' }).first().click();
    await staff.getByRole('button', { name: '颁发证照' }).click();
    await pickOption(staff, '证照类型', '老年优待证');
    await staff.getByLabel('持证人姓名').fill('王桂兰');
    await staff.getByLabel('公民身份号码').fill(HOLDER + citizenIdCheckChar(HOLDER));
    await pickOption(staff, '性别', '女');
    await staff.getByLabel('出生日期').fill('1960-05-01');
    await staff.getByLabel('出生日期').press('Enter');
    await staff.getByLabel('住址').fill('浙江省杭州市下城区潮鸣街道演示路8号');
    await staff.getByRole('button', { name: '颁发', exact: true }).click();

    // The new certificate opens in the drawer: full record, identifier, QR code.
    const drawer = staff.locator('.ant-drawer', { hasText: '状态记录' });
    await drawer.getByText('王桂兰').waitFor();
    await drawer.getByText(/^1\.2\.156\.3005\.2\./).waitFor();
    await drawer.getByRole('img', { name: '证照核验二维码' }).waitFor();
    await animationsDone(staff);
    await staff.screenshot({ path: '.tmp/certificate-drawer.png' });
    const link = await drawer.getByRole('link', { name: '打开核验页面' }).getAttribute('href');
    expect(link).toMatch(/\/v\/[A-Za-z0-9_-]{32}$/);

    const phone = await newPage(platform, PHONE);
    await phone.goto(link ?? '');
    await phone.getByText('该证照有效').waitFor();
    await expect(phone.getByText('有效', { exact: true }).isVisible()).resolves.toBe(true);
    await phone.getByText('王**').waitFor();
    await expect(phone.getByText('王桂兰').count()).resolves.toBe(0);
    await phone.getByText('下城区民政局').waitFor();
    await phone.screenshot({ path: '.tmp/certificate-verify-valid.png', fullPage: true });

    await drawer.getByRole('button', { name: '撤销' }).click();
    await animationsDone(staff);
    const dialog = staff.locator('.ant-modal').filter({ has: staff.getByLabel('原因') });
    await dialog.getByLabel('原因').fill('持证人申请注销');
    await dialog.getByRole('button', { name: '撤销证照' }).click();
    await drawer.getByText('原因：持证人申请注销').waitFor();

    await phone.reload();
    await phone.getByText('已撤销', { exact: true }).waitFor();
    await phone.getByText('该证照已撤销').waitFor();
    await phone.screenshot({ path: '.tmp/certificate-verify-revoked.png', fullPage: true });
    await staff.context().close();
    await phone.context().close();
  });

  it('the demo resident finds her certificates, each with its QR code, under 我的证照', async () => {
    const phone = await newPage(platform, PHONE);
    await signInToResidentApp(phone, platform, '13800138000');
    await phone.getByText('张秀英').waitFor();
    await phone.goto(`${platform.baseUrl}/m/me`);
    await phone.getByText('我的证照').click();
    for (const type of ['居民身份证', '居民户口簿', '老年优待证'])
      await phone.getByRole('img', { name: `${type}核验二维码` }).waitFor();
    await phone.screenshot({ path: '.tmp/certificate-mine.png', fullPage: true });
    await phone.getByRole('img', { name: '老年优待证核验二维码' }).click();
    await phone.getByText('请向工作人员出示此二维码').waitFor();
    await animationsDone(phone);
    await phone.screenshot({ path: '.tmp/certificate-mine-qr.png' });
    await phone.context().close();
  });
});
