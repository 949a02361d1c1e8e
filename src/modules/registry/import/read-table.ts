import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../../server/errors';
import type { CellValue } from '../rules/parse-row';

/** A source system's export as a header row and data rows, whatever the file format. */
export interface SourceTable {
  headers: string[];
  /** Non-empty data rows, each with its row number as a spreadsheet shows it (the header is row 1). */
  rows: { rowNumber: number; cells: CellValue[] }[];
}

export type TableFormat = 'csv' | 'xlsx';

const unreadable = (message: string) => new AppError(400, 'FILE_UNREADABLE', message);

/** Many government systems still export CSV in GBK; anything that is not valid UTF-8 is read as GB18030. */
function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

function readCsv(buffer: Buffer): Map<number, CellValue[]> {
  try {
    const records = parse(decodeCsv(buffer), { bom: true, relax_column_count: true }) as string[][];
    return new Map(records.map((cells, index) => [index + 1, cells]));
  } catch (error) {
    throw unreadable(`CSV 文件无法解析：${(error as Error).message}`);
  }
}

function excelCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return excelCell(value.result as ExcelJS.CellValue);
  return null;
}

async function readXlsx(buffer: Buffer): Promise<Map<number, CellValue[]>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw unreadable('不是有效的 Excel（xlsx）文件，请另存为 .xlsx 后重试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('Excel 文件中没有工作表');
  const rows = new Map<number, CellValue[]>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = excelCell(cell.value);
    });
    rows.set(
      rowNumber,
      Array.from(cells, (cell) => cell ?? null),
    );
  });
  return rows;
}

export async function readSourceTable(buffer: Buffer, format: TableFormat): Promise<SourceTable> {
  const all = format === 'csv' ? readCsv(buffer) : await readXlsx(buffer);
  const headers = (all.get(1) ?? []).map((cell) => String(cell ?? '').trim());
  if (headers.filter(Boolean).length === 0) throw unreadable('文件第1行应为列名，但它是空的');
  const rows = [...all]
    .filter(
      ([rowNumber, cells]) =>
        rowNumber > 1 && cells.some((cell) => cell !== null && String(cell).trim() !== ''),
    )
    .map(([rowNumber, cells]) => ({ rowNumber, cells }));
  return { headers, rows };
}
