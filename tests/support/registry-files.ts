import ExcelJS from 'exceljs';
import { citizenIdCheckChar } from '../../src/shared/citizen-id';

/** Valid, distinct citizen ID numbers in `area`, one per index (birth dates walk forward from 1950). */
export function testIdNumber(area: string, index: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(index / 500) * 86_400_000);
  const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${area}${date}${String(index % 500).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

export function csvOf(rows: readonly (readonly (string | number)[])[]): Buffer {
  const quote = (cell: string | number) =>
    /[",\n]/.test(String(cell)) ? `"${String(cell).replaceAll('"', '""')}"` : String(cell);
  return Buffer.from(`${rows.map((row) => row.map(quote).join(',')).join('\n')}\n`, 'utf8');
}

export async function xlsxOf(rows: readonly (readonly (string | number)[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('数据').addRows(rows.map((row) => [...row]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
