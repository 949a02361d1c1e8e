import {
  CERTIFICATE_TYPES,
  FORM_FIELD_TYPES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  PROFILE_SOURCES,
} from '../../../shared/catalog-terms';
import type { FormField, ItemContent, Material } from '../item-content';
import { choice, integer, LINE_SEPARATOR, listOf, orNull, text, textList, yesNo } from './cells';
import { type Column, fieldColumn, type SheetLayout, sheetLayout } from './columns';
import type { DirectoryCodecs } from './directory';

/**
 * The child sheets: one row per material, form field or workflow step, tied
 * to its item by 基本编码 (and 实施主体 where several bodies implement the same
 * basic code). Rows keep the list's order.
 */
export type ListName = 'materials' | 'formFields' | 'workflow';
export interface EntryRow<Entry> {
  item: ItemContent;
  entry: Entry;
}

export const KEY_HEADERS = { basicCode: '基本编码', body: '实施主体', name: '事项名称' } as const;

export interface ListSheet extends SheetLayout {
  list: ListName;
  /** Settles fields read from several cells; returns problems by field. */
  finish?: (raw: Record<string, unknown>) => { field: string; message: string }[];
}

export function listSheet<Entry>(
  name: string,
  list: ListName,
  entries: (item: ItemContent) => Entry[],
  columns: Column<EntryRow<Entry>>[],
): SheetLayout & { list: ListName } {
  const rows = (items: readonly ItemContent[]) =>
    items.flatMap((item) => entries(item).map((entry) => ({ item, entry })));
  return { ...sheetLayout(name, columns, rows), list };
}

export function keyColumns<Entry>(codecs: DirectoryCodecs): Column<EntryRow<Entry>>[] {
  return [
    {
      header: KEY_HEADERS.basicCode,
      width: 16,
      headerRequired: true,
      asText: true,
      note: '必填；所属事项的基本编码',
      empty: 'required',
      write: (row) => row.item.basicCode,
    },
    {
      header: KEY_HEADERS.body,
      width: 24,
      headerRequired: false,
      note: '可留空；同一基本编码有多个实施主体时，填写部门全称或统一社会信用代码以区分',
      empty: 'default',
      write: (row) => codecs.department.write(row.item.departmentId),
    },
    {
      header: KEY_HEADERS.name,
      width: 24,
      headerRequired: false,
      note: '仅供阅读，导入时不读取',
      empty: 'default',
      write: (row) => row.item.name,
    },
  ];
}

export const entry = <Entry>(row: EntryRow<Entry>) => row.entry;
export const wide = { width: 36, wrap: true };

export function materialSheet(codecs: DirectoryCodecs): ListSheet {
  return listSheet('申请材料', 'materials', (item) => item.materials, [
    ...keyColumns<Material>(codecs),
    fieldColumn(entry<Material>, 'key', '材料标识', text, {
      empty: (n) => `material_${n}`,
      width: 22,
      note: '小写字母开头的字母、数字或下划线',
    }),
    fieldColumn(entry<Material>, 'name', '材料名称', text, { empty: 'required', width: 30 }),
    fieldColumn(entry<Material>, 'forms', '材料形式', listOf(choice(MATERIAL_FORMS)), { empty: 'required' }),
    fieldColumn(entry<Material>, 'originalCount', '原件份数', integer),
    fieldColumn(entry<Material>, 'copyCount', '复印件份数', integer),
    fieldColumn(entry<Material>, 'required', '是否必需', yesNo, { empty: 'required' }),
    fieldColumn(entry<Material>, 'source', '来源渠道', choice(MATERIAL_SOURCES), { width: 16 }),
    fieldColumn(entry<Material>, 'acceptanceStandard', '受理标准', text, wide),
    fieldColumn(entry<Material>, 'fillingNotes', '填报须知', text, wide),
    fieldColumn(entry<Material>, 'blankFormFile', '空白表格', orNull(text), { width: 20 }),
    fieldColumn(entry<Material>, 'sampleFile', '示例样表', orNull(text), { width: 20 }),
    fieldColumn(entry<Material>, 'certificateTypes', '可用电子证照', listOf(choice(CERTIFICATE_TYPES)), {
      width: 24,
    }),
    fieldColumn(entry<Material>, 'checks', '窗口核验要点', textList(LINE_SEPARATOR), wide),
  ]);
}

export function formFieldSheet(codecs: DirectoryCodecs): ListSheet {
  return listSheet('申请表字段', 'formFields', (item) => item.formFields, [
    ...keyColumns<FormField>(codecs),
    fieldColumn(entry<FormField>, 'key', '字段标识', text, {
      empty: (n) => `field_${n}`,
      width: 18,
      note: '小写字母开头的字母、数字或下划线',
    }),
    fieldColumn(entry<FormField>, 'label', '字段名称', text, { empty: 'required', width: 20 }),
    fieldColumn(entry<FormField>, 'type', '字段类型', choice(FORM_FIELD_TYPES), { empty: 'required' }),
    fieldColumn(entry<FormField>, 'required', '是否必填', yesNo, { empty: 'required' }),
    fieldColumn(entry<FormField>, 'options', '选项', textList(), { width: 24, note: '单选字段的选项' }),
    fieldColumn(entry<FormField>, 'maxLength', '最大长度', orNull(integer)),
    fieldColumn(entry<FormField>, 'profileSource', '从申请人信息预填', orNull(choice(PROFILE_SOURCES)), {
      width: 18,
      note: '留空即由申请人填写',
    }),
    fieldColumn(entry<FormField>, 'hint', '填写提示', text, wide),
  ]);
}
