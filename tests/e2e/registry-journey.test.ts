import { describe, expect, it } from 'vitest';
import { DEMO_RESIDENT } from '../../src/seed/demo-district';
import { citizenIdCheckChar } from '../../src/shared/citizen-id';
import { animationsDone, demoStaffPage, setUpPlatformWithBrowser } from '../support/browser';
import { CSV_TYPE, csvOf, testIdNumber } from '../support/registry-files';
import { importRegistryFile } from '../support/staff-pages';

const platform = setUpPlatformWithBrowser();
const ZHANG = DEMO_RESIDENT.idNumberFirst17 + citizenIdCheckChar(DEMO_RESIDENT.idNumberFirst17);

const staffPage = (username: string) => demoStaffPage(platform, username);

describe('registry: import residents, then look one up for a purpose', () => {
  it('an administrator imports a residents file with bad rows and sees every rejected row and why', async () => {
    const good = [0, 1, 2].map((index) => testIdNumber('330103', 40_000 + index));
    const wrongCheck = `${good[0]?.slice(0, 17)}${good[0]?.endsWith('1') ? '2' : '1'}`;
    const file = csvOf([
      ['身份证号', '姓名', '手机号码', '居住地区划代码', '婚姻状况'],
      [good[0] as string, '林晓东', '13600000001', '330103004001', '已婚'],
      [wrongCheck, '错号码', '13600000002', '330103004001', '未婚'],
      [good[1] as string, '韩梅', '1360000', '330103004002', '未婚'],
      [good[2] as string, '何平', '13600000003', '330103004003', '同居'],
      [ZHANG, '张秀英', '13900139000', '330103004001', '丧偶'],
    ]);
    const admin = await staffPage('admin');
    await importRegistryFile(
      admin,
      { source: '社区网格采集', name: '潮鸣街道网格采集.csv', mimeType: CSV_TYPE, buffer: file, rows: 5 },
      '.tmp/registry-mapping.png',
    );
    const report = admin.locator('.ant-drawer-body');
    await report.getByText('身份证号：身份证号码校验位不正确，请核对后重新输入').waitFor();
    await report.getByText('手机号码：“1360000”不是有效的手机号码或固定电话').waitFor();
    await report.getByText(/婚姻状况：“同居”不在可选值/).waitFor();
    await admin.screenshot({ path: '.tmp/registry-import-report.png' });
    const stored = await platform.db
      .selectFrom('persons')
      .select('name')
      .where('id_number', '=', good[0] as string)
      .executeTakeFirst();
    expect(stored?.name).toBe('林晓东');
  });

  it('a window clerk looks up a resident for 综合窗口受理 and sees each field with its source and her certificates', async () => {
    const clerk = await staffPage('clerk');
    await clerk.getByRole('link', { name: '人员信息查询' }).first().click();
    await clerk.getByLabel('身份证号码').fill(`${ZHANG.slice(0, 17)}0`);
    await clerk.getByText(/校验位不正确|出生日期无效/).waitFor();
    await clerk.getByLabel('身份证号码').fill(ZHANG);
    await clerk.getByRole('button', { name: '查阅' }).click();
    await clerk.getByRole('heading', { name: '张秀英' }).waitFor();
    await clerk.getByText('公安人口信息系统 · 2026-10-31').first().waitFor();
    await clerk.getByText('本次查阅已留痕').waitFor();
    await clerk.getByRole('tab', { name: '办件' }).waitFor();
    await clerk.getByRole('tab', { name: '电子证照' }).click();
    await clerk.getByRole('cell', { name: '老年优待证' }).waitFor();
    await animationsDone(clerk);
    await clerk.screenshot({ path: '.tmp/registry-profile.png', fullPage: true });
    const reads = await platform.db
      .selectFrom('data_reads')
      .select(['purpose'])
      .where('subject_number', '=', ZHANG)
      .execute();
    expect(reads).toEqual([{ purpose: '综合窗口受理' }]);
  });
});
