import type ExcelJS from 'exceljs';

/** Writes `value` under the column headed `header` of `sheetName`, in the row Excel numbers `row`. */
export function setCellUnder(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  header: string,
  row: number,
  value: string | null,
): void {
  const sheet = workbook.getWorksheet(sheetName);
  let column = 0;
  sheet?.getRow(1).eachCell((cell, number) => {
    if (cell.value === header) column = number;
  });
  if (!sheet || column === 0) throw new Error(`no column ${header} on sheet ${sheetName}`);
  sheet.getRow(row).getCell(column).value = value;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
