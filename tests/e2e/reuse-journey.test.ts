import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { animationsDone, demoStaffPage, newPage, setUpPlatformWithBrowser } from '../support/browser';
import { pngImage } from '../support/file-fixtures';
import { CSV_TYPE, csvOf, testIdNumber } from '../support/registry-files';
import { allowReuse, PHONE, signInToResidentApp } from '../support/resident-pages';
import {
  completeOnTheSpot,
  confirmDialog,
  importRegistryFile,
  materialRow,
  startIntake,
} from '../support/staff-pages';

/**
 * Issue 6, "one ID number does everything", end to end: a residents file is
 * loaded, a resident in it prepares her photo in the app, and at the window the
 * form fills itself from the registry and the photo needs no second hand-over;
 * the card issued on the spot verifies by its QR page.
 */
const platform = setUpPlatformWithBrowser();
const SHOTS = '.tmp/reuse';

const RESIDENT = {
  idNumber: testIdNumber('330103', 61_000),
  name: '钟桂芳',
  phone: '13600000061',
  address: '浙江省杭州市下城区潮鸣街道艮山门11号',
};
const neighbour = testIdNumber('330103', 61_001);
const wrongCheck = `${neighbour.slice(0, 17)}${neighbour.endsWith('1') ? '2' : '1'}`;

describe('collect once, reuse at the window', () => {
  it('imports residents, the resident prepares her photo, the clerk finds the form filled and the photo reused, the card verifies', async () => {
    await mkdir(SHOTS, { recursive: true });

    // 1. The administrator loads the public-security system's residents file; three rows are bad.
    const file = csvOf([
      ['身份证号', '姓名', '民族', '手机号码', '户籍地址', '户籍地区划代码', '居住地区划代码', '婚姻状况'],
      [
        RESIDENT.idNumber,
        RESIDENT.name,
        '汉族',
        RESIDENT.phone,
        RESIDENT.address,
        '330103004002',
        '330103004002',
        '丧偶',
      ],
      [
        neighbour,
        '钟建国',
        '汉族',
        '13600000062',
        '潮鸣街道艮山门11号',
        '330103004002',
        '330103004002',
        '已婚',
      ],
      [
        wrongCheck,
        '号码错',
        '汉族',
        '13600000063',
        '潮鸣街道艮山门12号',
        '330103004002',
        '330103004002',
        '已婚',
      ],
      [testIdNumber('330103', 61_002), '电话错', '汉族', '1360000', '', '330103004002', '', '未婚'],
      [testIdNumber('330103', 61_003), '区划错', '汉族', '13600000065', '', '3301030', '', '同居'],
    ]);
    const admin = await demoStaffPage(platform, 'admin');
    await importRegistryFile(admin, {
      source: '公安人口信息系统',
      name: '公安人口信息系统-潮鸣街道.csv',
      mimeType: CSV_TYPE,
      buffer: file,
      rows: 5,
    });
    const report = admin.locator('.ant-drawer-body');
    await report.getByText('身份证号：身份证号码校验位不正确，请核对后重新输入').waitFor();
    await report.getByText('手机号码：“1360000”不是有效的手机号码或固定电话').waitFor();
    await report.getByText('户籍地区划代码：“3301030”不是6、9或12位的区划代码').waitFor();
    await report.getByText(/婚姻状况：“同居”不在可选值/).waitFor();
    await expect(report.locator('.ant-table-row').count()).resolves.toBe(3);
    await animationsDone(admin);
    await admin.screenshot({ path: `${SHOTS}/1-import-report.png` });
    await admin.context().close();

    // 2. She signs in on her phone, links her ID number, and from the elderly card's guide
    //    uploads her photo ahead and allows it to be reused.
    const phone = await newPage(platform, PHONE);
    await signInToResidentApp(phone, platform, RESIDENT.phone);
    await phone.waitForURL(/\/m\/identity/);
    await phone.getByPlaceholder('请输入身份证上的姓名').fill(RESIDENT.name);
    await phone.getByPlaceholder('请输入18位身份证号码').fill(RESIDENT.idNumber);
    await phone.getByRole('button', { name: '提交认证' }).click();
    await phone.waitForURL(/\/m\/me/);
    await phone.goto(`${platform.baseUrl}/m/search?${new URLSearchParams({ q: '老年优待证' })}`);
    await phone.getByText('老年优待证办理').first().click();
    await phone.getByRole('heading', { name: '老年优待证办理' }).waitFor();
    const guidePhoto = phone.locator('li', { hasText: '近期一寸彩照' });
    await guidePhoto.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: `${SHOTS}/2-guide.png` });
    await guidePhoto.getByRole('link', { name: /提前上传/ }).click();
    await phone.waitForURL(/\/m\/materials\?/);
    await phone.getByText('用于“老年优待证办理”的申请材料').waitFor();
    await expect(phone.getByPlaceholder('如：户口簿、结婚证').inputValue()).resolves.toBe(
      '近期一寸彩照(底色不限)',
    );
    await phone.locator('input[type="file"]').setInputFiles({
      name: 'IMG_2041.png',
      mimeType: 'image/png',
      buffer: pngImage(96, 128, [210, 60, 60]),
    });
    await phone.screenshot({ path: `${SHOTS}/3-upload-ahead.png` });
    await phone.getByRole('button', { name: '上传', exact: true }).click();
    const photo = phone.getByRole('article', { name: '近期一寸彩照(底色不限)' });
    await photo.getByText('老年优待证办理').waitFor();
    // Filed under the guide's material once: the next upload is the resident's own again.
    await expect(phone.getByPlaceholder('如：户口簿、结婚证').inputValue()).resolves.toBe('');
    await allowReuse(phone, photo);
    await phone.screenshot({ path: `${SHOTS}/4-my-materials.png`, fullPage: true });

    // 3. At the 潮鸣街道 window the clerk types only her number and picks the item.
    const clerk = await demoStaffPage(platform, 'clerk');
    await startIntake(clerk, {
      window: '潮鸣街道便民服务中心 · 1号',
      idNumber: RESIDENT.idNumber,
      search: '老年优待证',
      itemName: '老年优待证办理',
    });
    const caseUrl = clerk.url().split('?')[0] as string;
    const form = clerk
      .locator('.ant-card')
      .filter({ has: clerk.locator('.ant-card-head-title', { hasText: /^申请表$/ }) });
    const birthDate = `${RESIDENT.idNumber.slice(6, 10)}-${RESIDENT.idNumber.slice(10, 12)}-${RESIDENT.idNumber.slice(12, 14)}`;
    for (const value of [RESIDENT.name, RESIDENT.idNumber, '女', birthDate, RESIDENT.phone, RESIDENT.address])
      await form.getByText(value, { exact: true }).waitFor();
    await clerk.getByTestId('material-state-photo').getByText('材料库复用免交').waitFor();
    const photoRow = materialRow(clerk, '近期一寸彩照');
    await photoRow.getByRole('button', { name: /已采用：近期一寸彩照/ }).waitFor();
    // The clerk looks at the photo as at one handed over.
    const photoHref = await photoRow.getByRole('link', { name: /查看/ }).getAttribute('href');
    const shown = await clerk.request.get(new URL(photoHref ?? '', clerk.url()).href);
    expect(shown.headers()['content-type']).toBe('image/png');
    await clerk.getByTestId('material-state-identity_proof').getByText('缺少').waitFor();
    await animationsDone(clerk);
    await clerk.screenshot({ path: `${SHOTS}/5-intake-prefilled.png`, fullPage: true });

    // She shows her ID card; the case is accepted and the card made on the spot.
    await materialRow(clerk, '身份证明有效证件').getByRole('button', { name: '已收' }).click();
    await clerk.getByTestId('material-state-identity_proof').getByText('已提交').waitFor();
    await clerk.getByRole('button', { name: '受理', exact: true }).click();
    await confirmDialog(clerk, '稍后');
    await clerk.getByTestId('case-status').getByText('已受理').waitFor();
    await completeOnTheSpot(clerk, '浙老优330103000161');
    await clerk.getByText('跑动 1 次 · 免交材料 1 份').waitFor();
    await clerk.screenshot({ path: `${SHOTS}/6-completed.png`, fullPage: true });
    expect(clerk.url().split('?')[0]).toBe(caseUrl);

    // 4. The card is in the certificate library; its QR page, opened on a phone, says it is valid.
    await clerk.getByRole('link', { name: '人员信息查询' }).first().click();
    await clerk.getByLabel('身份证号码').fill(RESIDENT.idNumber);
    await clerk.getByRole('button', { name: '查阅' }).click();
    await clerk.getByRole('heading', { name: RESIDENT.name }).waitFor();
    await clerk.getByText('下城区 潮鸣街道 艮山门社区').first().waitFor();
    await animationsDone(clerk);
    await clerk.screenshot({ path: `${SHOTS}/7-profile.png`, fullPage: true });
    await clerk.getByRole('tab', { name: '电子证照' }).click();
    await clerk.getByRole('cell', { name: '老年优待证' }).click();
    const drawer = clerk.locator('.ant-drawer', { hasText: '状态记录' });
    const link = await drawer.getByRole('link', { name: '打开核验页面' }).getAttribute('href');
    expect(link).toMatch(/\/v\/[A-Za-z0-9_-]{32}$/);
    await clerk.context().close();

    const verifier = await newPage(platform, PHONE);
    await verifier.goto(link ?? '');
    await verifier.getByText('该证照有效').waitFor();
    await verifier.getByText('老年优待证').first().waitFor();
    await verifier.getByText('钟**').waitFor();
    await expect(verifier.getByText(RESIDENT.name).count()).resolves.toBe(0);
    await verifier.screenshot({ path: `${SHOTS}/8-verify.png`, fullPage: true });
    await verifier.context().close();
    await phone.context().close();
  });
});
