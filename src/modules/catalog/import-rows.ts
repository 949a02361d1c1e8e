import type { ContentProblem } from './rules/problem';

/**
 * The rows of a bulk load, whatever the file: each candidate item carries its
 * raw content, the problems already found reading it, and where each content
 * path came from, so a rejection can name the place a clerk has to fix.
 */
export interface ImportLocation {
  /** The worksheet, for Excel files. */
  sheet?: string;
  /** The row as the file shows it: the n-th JSON item, or the Excel row number (header = 1). */
  row: number;
  /** The field or column at fault, as the clerk will look for it. */
  column: string;
}

export interface ImportCandidate {
  raw: unknown;
  /** Problems found while reading cells; a later problem under the same path is not repeated. */
  readProblems: (ContentProblem & { at: ImportLocation })[];
  locate: (path: string) => ImportLocation;
}

export interface RowRejection {
  sheet?: string;
  row: number;
  name: string;
  reasons: string[];
}

export interface ImportBatch {
  candidates: ImportCandidate[];
  /** What one candidate is called in the summary: 行 for JSON rows, 个事项 for Excel items. */
  unit: string;
  /** Rows that belong to no item (e.g. a material whose basic code is not on the item sheet). */
  unattached?: RowRejection[];
  /** The file's sheets in order, so the report lists rejections sheet by sheet, row by row. */
  sheets?: readonly string[];
}

/** Rejections in the order a clerk walks the file: sheet by sheet, then row by row. */
export function fileOrder(rejections: RowRejection[], sheets: readonly string[] = []): RowRejection[] {
  const rank = (rejection: RowRejection) => sheets.indexOf(rejection.sheet ?? '');
  return rejections.sort((a, b) => rank(a) - rank(b) || a.row - b.row);
}

/** JSON rows: the n-th item is row n, and a problem is named by its field path. */
export function jsonBatch(rows: readonly unknown[]): ImportBatch {
  return {
    unit: '行',
    candidates: rows.map((raw, index) => ({
      raw,
      readProblems: [],
      locate: (path) => ({ row: index + 1, column: path }),
    })),
  };
}

export function candidateName(raw: unknown): string {
  return typeof raw === 'object' && raw && 'name' in raw ? String((raw as { name: unknown }).name ?? '') : '';
}

/** Every problem of one candidate at its place, one rejection per sheet row, in the order found. */
export function rejectionsOf(
  candidate: ImportCandidate,
  problems: readonly ContentProblem[],
): RowRejection[] {
  const read = candidate.readProblems;
  const covered = (path: string) =>
    read.some((problem) => path === problem.path || path.startsWith(`${problem.path}.`));
  const located = [
    ...read,
    ...problems
      .filter((problem) => !covered(problem.path))
      .map((problem) => ({ ...problem, at: candidate.locate(problem.path) })),
  ];
  const name = candidateName(candidate.raw);
  const byRow = new Map<string, RowRejection>();
  for (const { at, message } of located) {
    const key = `${at.sheet ?? ''}#${at.row}`;
    const rejection = byRow.get(key) ?? {
      ...(at.sheet ? { sheet: at.sheet } : {}),
      row: at.row,
      name,
      reasons: [],
    };
    rejection.reasons.push(`${at.column}：${message}`);
    byRow.set(key, rejection);
  }
  return [...byRow.values()];
}
