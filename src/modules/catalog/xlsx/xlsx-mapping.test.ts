import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { itemContent } from '../../../../tests/support/catalog-factory';
import { DEMO_CATALOG } from '../../../seed/demo-catalog';
import { DEPT } from '../../../seed/demo-catalog/common';
import { demoItemContent } from '../../../seed/seed-catalog';
import type { AppError } from '../../../server/errors';
import { creditCodeCheckChar } from '../../../shared/credit-code';
import { ItemContent } from '../item-content';
import type { Directory } from './directory';
import { loadWorkbook, readWorkbook } from './read-workbook';
import { buildWorkbook, workbookBuffer } from './write-workbook';

const departmentNames = new Set(
  DEMO_CATALOG.flatMap((demo) => [
    demo.departmentName,
    ...(demo.jointDepartmentNames ?? []),
    ...demo.workflow.map((step) => step.actor.departmentName),
  ]),
);
const departments = [...departmentNames, '同名部门', '同名部门'].map((name, index) => {
  const first17 = `11330103MB${String(index).padStart(7, '0')}`;
  return { id: randomUUID(), name, creditCode: first17 + creditCodeCheckChar(first17) };
});
const idOf = (name: string) => departments.find((department) => department.name === name)?.id ?? '';
const approver = { id: randomUUID(), username: 'approver' };
const directory: Directory = { departments, users: [approver] };
const [civil, police] = [DEPT.civil, DEPT.police].map(idOf) as [string, string];
const twin = departments.at(-1)?.id ?? '';

async function readBack(workbook: ExcelJS.Workbook) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return readWorkbook(await loadWorkbook(buffer), directory);
}

async function roundTrip(items: ItemContent[]) {
  const batch = readWorkbook(await loadWorkbook(await workbookBuffer(items, directory)), directory);
  expect(batch.unattached).toEqual([]);
  expect(batch.candidates.flatMap((candidate) => candidate.readProblems)).toEqual([]);
  return batch.candidates.map((candidate) => ItemContent.parse(candidate.raw));
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, message: error.message }),
  );

describe('catalogue workbook: export and read back', () => {
  it('gives back every demo item unchanged', async () => {
    expect(civil).not.toBe('');
    const items = DEMO_CATALOG.map((demo) =>
      ItemContent.parse(demoItemContent(demo, idOf(demo.departmentName), idOf)),
    );
    expect(await roundTrip(items)).toEqual(items);
  });

  it('keeps nulls, zeros, other actors and separators inside sentences', async () => {
    const item = ItemContent.parse(
      itemContent(civil, {
        aliases: ['别名甲', '别名乙'],
        legalLimitDays: 20,
        legalLimitNote: '法定时限说明',
        visits: 0,
        onlineDepth: 0,
        courierDelivery: true,
        anyWindowScope: null,
        // One joint department shares its name with another: it travels by credit code.
        jointDepartmentIds: [police, twin],
        themes: ['elderly', 'assistance'],
        guideSteps: ['申请人提出申请；窗口当场受理', '部门审核'],
        materials: [
          {
            key: 'form',
            name: '申请表',
            forms: ['original', 'electronic'],
            originalCount: 2,
            copyCount: 1,
            required: false,
            source: 'government',
            blankFormFile: 'blank.docx',
            certificateTypes: ['id_card', 'household_register'],
            checks: ['签名完整；日期清楚', '照片清晰'],
          },
        ],
        formFields: [
          {
            key: 'kind',
            label: '类别',
            type: 'select',
            required: true,
            options: ['甲', '乙'],
            hint: '请选择',
          },
          {
            key: 'phone',
            label: '电话',
            type: 'phone',
            required: false,
            maxLength: 11,
            profileSource: 'phone',
          },
        ],
        workflow: [
          {
            key: 'accept',
            name: '受理',
            actor: { kind: 'role', role: 'window_clerk', departmentId: null },
            limitDays: 0,
            actions: ['approve', 'return'],
          },
          {
            key: 'check',
            name: '审核',
            actor: { kind: 'chief_rep', departmentId: civil },
            limitDays: 0,
            actions: ['approve'],
            parallelGroup: 'parallel_a',
          },
          {
            key: 'sign',
            name: '签发',
            actor: { kind: 'fixed_person', userId: approver.id },
            limitDays: 0,
            actions: ['approve', 'refuse'],
          },
          { key: 'file', name: '归档', actor: null, limitDays: 0, actions: ['approve'] },
        ],
      }),
    );
    expect(await roundTrip([item])).toEqual([item]);
  });

  it('tells apart two bodies implementing the same basic code', async () => {
    const [first, second] = [civil, police].map((departmentId) =>
      ItemContent.parse(itemContent(departmentId, { basicCode: '010599999000', name: '同码事项' })),
    ) as [ItemContent, ItemContent];
    second.materials = [{ ...(first.materials[0] as ItemContent['materials'][number]), name: '户口簿' }];
    expect(await roundTrip([first, second])).toEqual([first, second]);
  });

  it('names the sheet, the row as Excel shows it and the column of each cell it cannot read', async () => {
    const workbook = buildWorkbook([ItemContent.parse(itemContent(civil, { name: '读取测试' }))], directory);
    const items = workbook.getWorksheet('事项') as ExcelJS.Worksheet;
    items.getCell('D2').value = '许可';
    items.getCell('F2').value = '不存在的部门';
    items.getCell('A2').value = null;
    const materials = workbook.getWorksheet('申请材料') as ExcelJS.Worksheet;
    materials.getCell('F2').value = '原件；扫描件';
    materials.addRow(['999999999999', null, '无主材料', null, '户口簿', '原件', 1, 0, '是']);
    const batch = await readBack(workbook);
    const problems = batch.candidates[0]?.readProblems.map(({ at, path, message }) => ({
      at,
      path,
      message,
    }));
    expect(problems).toEqual([
      { at: { sheet: '事项', row: 2, column: '事项名称（A列）' }, path: 'name', message: '必填，不能为空' },
      {
        at: { sheet: '事项', row: 2, column: '事项类型（D列）' },
        path: 'itemType',
        message: expect.stringMatching(/^“许可”不是可选值，应为 “行政许可”、/),
      },
      {
        at: { sheet: '事项', row: 2, column: '实施主体（F列）' },
        path: 'departmentId',
        message: expect.stringMatching(
          /^“不存在的部门”与统一社会信用代码 \w{18} 不符（该代码属于“下城区民政局”）$/,
        ),
      },
      {
        at: { sheet: '申请材料', row: 2, column: '材料形式（F列）' },
        path: 'materials.0.forms',
        message: expect.stringMatching(/^“扫描件”不是可选值/),
      },
    ]);
    expect(batch.unattached).toEqual([
      {
        sheet: '申请材料',
        row: 3,
        name: '无主材料',
        reasons: ['基本编码（A列）：“事项”工作表中没有基本编码为 999999999999 的事项'],
      },
    ]);
  });

  it('refuses a file that is not a workbook, or lacks the 事项 sheet or its required columns', async () => {
    expect(await refusal(loadWorkbook(Buffer.from('名称,编码\n')))).toMatchObject({
      code: 'XLSX_UNREADABLE',
    });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1').addRow(['事项名称']);
    expect(await refusal(readBack(empty))).toMatchObject({ code: 'XLSX_SHEET_MISSING' });
    const workbook = buildWorkbook([ItemContent.parse(itemContent(civil))], directory);
    const items = workbook.getWorksheet('事项') as ExcelJS.Worksheet;
    items.getCell('B1').value = '编码';
    items.getCell('O1').value = null;
    expect(await refusal(readBack(workbook))).toEqual({
      code: 'XLSX_HEADERS_MISSING',
      message: '“事项”工作表缺少必需的列：基本编码、办件类型（列名在第1行）',
    });
  });
});
