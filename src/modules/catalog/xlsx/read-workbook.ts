import ExcelJS from 'exceljs';
import { AppError } from '../../../server/errors';
import type { ImportBatch, ImportCandidate, ImportLocation, RowRejection } from '../import-rows';
import { columnFor } from './columns';
import type { Directory } from './directory';
import { BODY, BODY_CODE, ITEM_SHEET } from './item-sheet';
import { type CatalogueLayout, catalogueLayout } from './layout';
import { KEY_HEADERS, type ListName, type ListSheet } from './list-sheets';
import { type LocatedProblem, readRow, type SheetReader, sheetReader } from './read-sheet';

/**
 * An uploaded workbook as a bulk-load batch: one candidate per row of 事项,
 * with the rows of the child sheets attached to their item by basic code (and
 * implementing body where the code alone is ambiguous). Layout faults refuse
 * the file; content faults become located problems for importItems.
 */
export const MAX_ITEMS = 5000;

export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type (an ArrayBuffer); at run time it takes Node's Buffer.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError(
      400,
      'XLSX_UNREADABLE',
      '文件不是有效的 Excel 工作簿（.xlsx）；请用 Excel 或 WPS 另存为 .xlsx 格式后再导入',
    );
  }
  return workbook;
}

interface ItemDraft {
  raw: Record<string, unknown>;
  problems: LocatedProblem[];
  row: number;
  basicCode: string | null;
  /** Every text that names the item's implementing body: its cells, and the resolved name and code. */
  bodies: Set<string>;
  entryRows: Record<ListName, number[]>;
}

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

function readItems(main: SheetReader, layout: CatalogueLayout): ItemDraft[] {
  return main.rows().map((row) => {
    const { raw, problems } = readRow(main, layout.items.columns, row, '', 1);
    for (const problem of layout.items.compose((header) => main.cell(row, header), raw)) {
      const at = { sheet: main.name, row: row.number, column: main.columnLabel(problem.header) };
      problems.push({ path: problem.field, message: problem.message, at });
    }
    const departmentId = text(raw.departmentId);
    const bodies = [
      text(main.cell(row, BODY)),
      text(main.cell(row, BODY_CODE)),
      departmentId && layout.codecs.department.write(departmentId),
      departmentId && layout.codecs.creditCodeOf(departmentId),
    ];
    return {
      raw,
      problems,
      row: row.number,
      basicCode: text(main.cell(row, '基本编码')),
      bodies: new Set(bodies.filter((body): body is string => typeof body === 'string')),
      entryRows: { materials: [], formFields: [], workflow: [] },
    };
  });
}

/** The item a child row belongs to, or why none: the basic code finds it, the body decides between items sharing a code. */
function findItem(drafts: ItemDraft[], basicCode: string | null, body: string | null): ItemDraft | string {
  if (basicCode === null) return '必填，请填写所属事项的基本编码';
  const sameCode = drafts.filter((draft) => draft.basicCode === basicCode);
  if (sameCode.length === 0) return `“${ITEM_SHEET}”工作表中没有基本编码为 ${basicCode} 的事项`;
  const matches =
    sameCode.length > 1 && body !== null ? sameCode.filter((draft) => draft.bodies.has(body)) : sameCode;
  const [only] = matches;
  if (matches.length === 1 && only) return only;
  if (matches.length === 0)
    return `“${ITEM_SHEET}”工作表中基本编码为 ${basicCode} 的事项没有一个由“${body}”实施`;
  return `“${ITEM_SHEET}”工作表中有${matches.length}个基本编码为 ${basicCode} 的事项，请在“${KEY_HEADERS.body}”列填写部门全称或统一社会信用代码以区分`;
}

/** Reads the rows of one child sheet into their items; rows that fit no item are reported. */
function attachEntries(
  list: ListSheet,
  reader: SheetReader,
  drafts: ItemDraft[],
  unattached: RowRejection[],
) {
  const keyLabel = reader.columnLabel(KEY_HEADERS.basicCode);
  for (const row of reader.rows()) {
    const found = findItem(
      drafts,
      text(reader.cell(row, KEY_HEADERS.basicCode)),
      text(reader.cell(row, KEY_HEADERS.body)),
    );
    if (typeof found === 'string') {
      const name = text(reader.cell(row, KEY_HEADERS.name)) ?? '';
      unattached.push({ sheet: reader.name, row: row.number, name, reasons: [`${keyLabel}：${found}`] });
      continue;
    }
    const draft = found;
    const entries = (draft.raw[list.list] ?? []) as unknown[];
    draft.raw[list.list] = entries;
    const prefix = `${list.list}.${entries.length}.`;
    const { raw, problems } = readRow(reader, list.columns, row, prefix, entries.length + 1);
    for (const problem of list.finish?.(raw) ?? []) {
      if (problems.some((earlier) => earlier.path === prefix + problem.field)) continue;
      const column = columnFor(list.columns, problem.field);
      const at = { sheet: reader.name, row: row.number, column: reader.columnLabel(column?.header ?? '') };
      problems.push({ path: prefix + problem.field, message: problem.message, at });
    }
    entries.push(raw);
    draft.entryRows[list.list].push(row.number);
    draft.problems.push(...problems);
  }
}

function candidateOf(
  draft: ItemDraft,
  layout: CatalogueLayout,
  main: SheetReader,
  readers: Map<ListName, SheetReader>,
): ImportCandidate {
  const locate = (path: string): ImportLocation => {
    const [head = '', index, ...rest] = path.split('.');
    const list = layout.lists.find((sheet) => sheet.list === head);
    const reader = list && readers.get(list.list);
    const entryRow = list && index !== undefined ? draft.entryRows[list.list][Number(index)] : undefined;
    if (list && reader && entryRow !== undefined) {
      const column = columnFor(list.columns, rest.join('.'));
      return {
        sheet: list.name,
        row: entryRow,
        column: column ? reader.columnLabel(column.header) : list.name,
      };
    }
    const column = columnFor(layout.items.columns, path);
    const label = column ? main.columnLabel(column.header) : (list?.name ?? (path || ITEM_SHEET));
    return { sheet: ITEM_SHEET, row: draft.row, column: label };
  };
  return { raw: draft.raw, readProblems: draft.problems, locate };
}

export function readWorkbook(workbook: ExcelJS.Workbook, directory: Directory): ImportBatch {
  const layout = catalogueLayout(directory);
  const sheet = workbook.getWorksheet(ITEM_SHEET);
  if (!sheet) {
    throw new AppError(
      400,
      'XLSX_SHEET_MISSING',
      `工作簿中没有“${ITEM_SHEET}”工作表；请在导出的 Excel 文件上填写后导入`,
      { sheet: ITEM_SHEET },
    );
  }
  const main = sheetReader(sheet, layout.items.columns);
  const drafts = readItems(main, layout);
  if (drafts.length === 0) {
    throw new AppError(
      400,
      'XLSX_NO_ITEMS',
      `“${ITEM_SHEET}”工作表中没有事项（第1行为列名，事项从第2行起填写）`,
    );
  }
  if (drafts.length > MAX_ITEMS) {
    throw new AppError(400, 'XLSX_TOO_MANY_ITEMS', `一次最多导入${MAX_ITEMS}个事项，请分批导入`);
  }
  const unattached: RowRejection[] = [];
  const readers = new Map<ListName, SheetReader>();
  for (const list of layout.lists) {
    const listSheet = workbook.getWorksheet(list.name);
    if (!listSheet) continue;
    const reader = sheetReader(listSheet, list.columns);
    readers.set(list.list, reader);
    attachEntries(list, reader, drafts, unattached);
  }
  return {
    unit: '个事项',
    candidates: drafts.map((draft) => candidateOf(draft, layout, main, readers)),
    unattached,
    sheets: [ITEM_SHEET, ...layout.lists.map((list) => list.name)],
  };
}
