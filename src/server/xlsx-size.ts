import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from './errors';

/** How much of a workbook an import may load (XLSX_MAX_CELLS, XLSX_MAX_ROWS). */
export interface XlsxLimits {
  maxCells: number;
  maxRows: number;
}

const tooLarge = ({ maxCells, maxRows }: XlsxLimits) =>
  new AppError(
    413,
    'XLSX_TOO_LARGE',
    `Excel 文件过大：最多${maxRows}行、${maxCells}个单元格，请拆分成几个文件分批导入 (the workbook is over the limit of ${maxRows} rows or ${maxCells} cells)`,
    { maxCells, maxRows },
  );

/**
 * Refuses a workbook with more rows or cells than `limits` before anything
 * loads it whole (a loaded cell costs about half a kilobyte): its sheets are
 * streamed row by row and the reading stops at the first row past the bound.
 * A file the stream cannot read is left for the loader to refuse in its words.
 */
export async function assertXlsxWithin(data: Buffer, limits: XlsxLimits): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), {
    worksheets: 'emit',
    sharedStrings: 'ignore',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let rows = 0;
  let cells = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rows += 1;
        cells += row.cellCount;
        if (rows > limits.maxRows || cells > limits.maxCells) throw tooLarge(limits);
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
  }
}
