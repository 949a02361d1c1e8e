import ExcelJS from 'exceljs';
import type { ItemContent } from '../item-content';
import type { SheetLayout } from './columns';
import type { Directory } from './directory';
import { catalogueLayout } from './layout';

/**
 * The catalogue as an Excel workbook: 事项 (one row per item), the child
 * sheets of materials, form fields and workflow steps, and 填写说明 naming
 * every column and what it takes.
 */
export const NOTES_SHEET = '填写说明';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

function addSheet(workbook: ExcelJS.Workbook, layout: SheetLayout, items: readonly ItemContent[]) {
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = layout.columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: {
      ...(column.asText ? { numFmt: '@' } : {}),
      alignment: { vertical: 'top', wrapText: column.wrap === true },
    },
  }));
  sheet.addRows(layout.rows(items));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
}

function addNotes(workbook: ExcelJS.Workbook, layouts: readonly SheetLayout[]) {
  const sheet = workbook.addWorksheet(NOTES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '工作表', width: 14 },
    { header: '列名', width: 26 },
    { header: '填写要求', width: 90, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  for (const layout of layouts) {
    for (const column of layout.columns) sheet.addRow([layout.name, column.header, column.note]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = HEADER_FILL;
}

export function buildWorkbook(items: readonly ItemContent[], directory: Directory): ExcelJS.Workbook {
  const layout = catalogueLayout(directory);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '一次 Yici 政务服务平台';
  const sheets = [layout.items, ...layout.lists];
  for (const sheet of sheets) addSheet(workbook, sheet, items);
  addNotes(workbook, sheets);
  return workbook;
}

export async function workbookBuffer(items: readonly ItemContent[], directory: Directory): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(items, directory).xlsx.writeBuffer());
}
