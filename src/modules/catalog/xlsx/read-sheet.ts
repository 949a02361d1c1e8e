import type ExcelJS from 'exceljs';
import { AppError } from '../../../server/errors';
import type { ImportLocation } from '../import-rows';
import type { ContentProblem } from '../rules/problem';
import { type Cell, cellOf } from './cells';
import { type Column, setAt } from './columns';

/**
 * One worksheet read against its layout: the header row must carry the
 * required columns; each later row becomes raw content plus the problems of
 * cells that could not be read, at the cell's place.
 */
export type LocatedProblem = ContentProblem & { at: ImportLocation };

export interface SheetReader {
  name: string;
  /** "基本编码（B列）", or the bare header when the file lacks that column. */
  columnLabel: (header: string) => string;
  cell: (row: ExcelJS.Row, header: string) => Cell;
  /** Data rows (header excluded) with at least one filled cell under a known header. */
  rows: () => ExcelJS.Row[];
}

export function sheetReader(sheet: ExcelJS.Worksheet, columns: readonly Column<never>[]): SheetReader {
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, number) => {
    const header = cellOf(cell.value);
    if (typeof header === 'string' && !headers.has(header)) headers.set(header, number);
  });
  const missing = columns.filter((column) => column.headerRequired && !headers.has(column.header));
  if (missing.length > 0) {
    const names = missing.map((column) => column.header);
    throw new AppError(
      400,
      'XLSX_HEADERS_MISSING',
      `“${sheet.name}”工作表缺少必需的列：${names.join('、')}（列名在第1行）`,
      { sheet: sheet.name, missing: names },
    );
  }
  const known = columns.flatMap((column) => headers.get(column.header) ?? []);
  const cell = (row: ExcelJS.Row, header: string): Cell => {
    const number = headers.get(header);
    return number === undefined ? null : cellOf(row.getCell(number).value);
  };
  return {
    name: sheet.name,
    columnLabel: (header) => {
      const number = headers.get(header);
      return number === undefined ? header : `${header}（${sheet.getColumn(number).letter}列）`;
    },
    cell,
    rows: () => {
      const rows: ExcelJS.Row[] = [];
      sheet.eachRow((row, number) => {
        if (number > 1 && known.some((column) => cellOf(row.getCell(column).value) !== null)) rows.push(row);
      });
      return rows;
    },
  };
}

/**
 * The content of one row under `columns`; `prefix` places it in the item
 * ("materials.2."), `position` numbers generated keys.
 */
export function readRow(
  reader: SheetReader,
  columns: readonly Column<never>[],
  row: ExcelJS.Row,
  prefix: string,
  position: number,
): { raw: Record<string, unknown>; problems: LocatedProblem[] } {
  const raw: Record<string, unknown> = {};
  const problems: LocatedProblem[] = [];
  const problem = (column: Column<never>, field: string, message: string) =>
    problems.push({
      path: prefix + field,
      message,
      at: { sheet: reader.name, row: row.number, column: reader.columnLabel(column.header) },
    });
  for (const column of columns) {
    const { field, read, empty } = column;
    if (field === undefined || read === undefined) continue;
    const cell = reader.cell(row, column.header);
    if (cell === null) {
      if (empty === 'null') setAt(raw, field, null);
      else if (empty === 'required') problem(column, field, '必填，不能为空');
      else if (typeof empty === 'function') setAt(raw, field, empty(position));
      continue;
    }
    const parsed = read(cell);
    if (parsed.ok) setAt(raw, field, parsed.value);
    else problem(column, field, parsed.problem);
  }
  return { raw, problems };
}
