import {
  ANY_WINDOW_SCOPES,
  HANDLING_KINDS,
  ITEM_LEVELS,
  ITEM_TYPES,
  LIFE_THEMES,
  ONLINE_DEPTHS,
  RESULT_TYPES,
  REVERSE_ANALYSIS,
  SERVICE_CATEGORIES,
  SERVICE_OBJECTS,
} from '../../../shared/catalog-terms';
import type { ItemContent } from '../item-content';
import { implementationCode } from '../rules/item-codes';
import {
  type Cell,
  choice,
  digitCode,
  integer,
  LINE_SEPARATOR,
  listOf,
  numberChoice,
  orNull,
  text,
  textList,
  yesNo,
} from './cells';
import { type Column, fieldColumn, type SheetLayout, sheetLayout } from './columns';
import type { DirectoryCodecs } from './directory';

/** The main sheet: one row per item, every scalar field of the item in the implementing-list columns. */
export const ITEM_SHEET = '事项';
export const NOT_ONLINE = '不能网上办理';
export const NO_ANY_WINDOW = '不支持通办';

export type ItemCompose = (
  cell: (header: string) => Cell,
  raw: Record<string, unknown>,
) => { header: string; field: string; message: string }[];

export const BODY = '实施主体';
export const BODY_CODE = '实施主体统一社会信用代码';

export function itemColumns(codecs: DirectoryCodecs): Column<ItemContent>[] {
  const item = (row: ItemContent) => row;
  const wide = { width: 40, wrap: true };
  const implementationCodeOf = (row: ItemContent) => {
    const creditCode = codecs.creditCodeOf(row.departmentId);
    return creditCode ? implementationCode(creditCode, row.level, row.basicCode) : null;
  };
  return [
    fieldColumn(item, 'name', '事项名称', text, { empty: 'required', width: 30 }),
    fieldColumn(item, 'basicCode', '基本编码', digitCode(12), {
      empty: 'required',
      width: 16,
      asText: true,
      note: '12位数字，第3-4位为事项类型代码',
    }),
    {
      header: '实施编码',
      width: 34,
      headerRequired: false,
      asText: true,
      note: '仅导出：由实施主体统一社会信用代码、行使层级和基本编码生成，导入时不读取',
      empty: 'default',
      write: implementationCodeOf,
    },
    fieldColumn(item, 'itemType', '事项类型', choice(ITEM_TYPES), { empty: 'required', width: 14 }),
    fieldColumn(item, 'level', '行使层级', numberChoice(ITEM_LEVELS), { empty: 'required', width: 16 }),
    {
      header: BODY,
      width: 24,
      field: 'departmentId',
      headerRequired: true,
      note: '必填；部门全称或统一社会信用代码',
      empty: 'required',
      write: (row) => codecs.department.write(row.departmentId),
    },
    {
      header: BODY_CODE,
      width: 24,
      field: 'departmentId',
      headerRequired: false,
      asText: true,
      note: '可留空；填写时以此代码确定实施主体，名称须与之相符',
      empty: 'default',
      write: (row) => codecs.creditCodeOf(row.departmentId),
    },
    fieldColumn(item, 'aliases', '事项别名', textList(), { width: 24 }),
    fieldColumn(item, 'keywords', '检索关键词', textList(), { width: 24 }),
    fieldColumn(item, 'legalBasis', '设定依据', text, wide),
    fieldColumn(item, 'legalLimitDays', '法定办结时限（工作日）', orNull(integer), {
      empty: 'null',
      note: '没有法定时限的留空',
    }),
    fieldColumn(item, 'legalLimitNote', '法定时限说明', text, wide),
    fieldColumn(item, 'promisedLimitDays', '承诺办结时限（工作日）', integer, {
      empty: 'required',
      note: '即办件填0',
    }),
    fieldColumn(item, 'promisedLimitNote', '承诺时限说明', text, wide),
    fieldColumn(item, 'handlingKind', '办件类型', choice(HANDLING_KINDS), { empty: 'required' }),
    fieldColumn(item, 'serviceObjects', '服务对象', listOf(choice(SERVICE_OBJECTS)), {
      empty: 'required',
      width: 20,
    }),
    fieldColumn(item, 'acceptanceConditions', '受理条件', text, wide),
    fieldColumn(item, 'feeCharged', '是否收费', yesNo, { empty: 'required' }),
    fieldColumn(item, 'feeBasis', '收费依据', text, wide),
    fieldColumn(item, 'visits', '到现场次数', choice({ 0: '0', 1: '1' }), { empty: 'required' }),
    fieldColumn(item, 'handlingAddress', '办理地点', text, { width: 30, wrap: true }),
    fieldColumn(item, 'handlingHours', '办理时间', text, { width: 30, wrap: true }),
    fieldColumn(item, 'enquiryChannel', '咨询方式', text, { width: 20 }),
    fieldColumn(item, 'complaintChannel', '监督投诉方式', text, { width: 20 }),
    fieldColumn(item, 'onlineDepth', '网上办理深度', numberChoice({ 0: NOT_ONLINE, ...ONLINE_DEPTHS }), {
      empty: 'required',
      width: 30,
    }),
    fieldColumn(item, 'anyWindowScope', '通办范围', orNull(choice(ANY_WINDOW_SCOPES), NO_ANY_WINDOW), {
      empty: 'null',
      width: 16,
    }),
    fieldColumn(item, 'courierDelivery', '是否支持快递送达', yesNo, { empty: 'required' }),
    fieldColumn(item, 'appointment', '是否支持预约办理', yesNo, { empty: 'required' }),
    fieldColumn(item, 'resultType', '办理结果类型', choice(RESULT_TYPES), { empty: 'required', width: 14 }),
    fieldColumn(item, 'resultName', '办理结果名称', text, { width: 24 }),
    fieldColumn(item, 'jointDepartmentIds', '联办部门', listOf(codecs.department), {
      width: 30,
      note: '部门全称或统一社会信用代码',
    }),
    fieldColumn(item, 'intermediaryServices', '中介服务', textList(), { width: 24 }),
    fieldColumn(item, 'serviceCategory', '服务分类', choice(SERVICE_CATEGORIES), { empty: 'required' }),
    fieldColumn(item, 'reverseAnalysis', '“最多跑一次”逆向分析', choice(REVERSE_ANALYSIS), {
      empty: 'required',
      width: 22,
    }),
    fieldColumn(item, 'themes', '主题分类', listOf(choice(LIFE_THEMES)), { width: 20 }),
    fieldColumn(item, 'guideSteps', '办理步骤（办事指南）', textList(LINE_SEPARATOR), wide),
  ];
}

/** The implementing body comes from its name cell, its credit-code cell, or both. */
export function composeItem(codecs: DirectoryCodecs): ItemCompose {
  return (cell, raw) => {
    const asText = (value: Cell) => (value === null ? null : String(value));
    const name = asText(cell(BODY));
    const creditCode = asText(cell(BODY_CODE));
    if (name === null && creditCode === null) {
      return [{ header: BODY, field: 'departmentId', message: '必填，请填写部门全称或统一社会信用代码' }];
    }
    const body = codecs.implementingBody(name, creditCode);
    if (body.ok) {
      raw.departmentId = body.value;
      return [];
    }
    return [{ header: body.inCodeCell ? BODY_CODE : BODY, field: 'departmentId', message: body.problem }];
  };
}

export interface ItemSheet extends SheetLayout {
  compose: ItemCompose;
}

export function itemSheet(codecs: DirectoryCodecs): ItemSheet {
  return {
    ...sheetLayout(ITEM_SHEET, itemColumns(codecs), (items) => [...items]),
    compose: composeItem(codecs),
  };
}
