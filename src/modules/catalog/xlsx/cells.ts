import type { CellValue } from 'exceljs';

/**
 * One spreadsheet cell as the catalogue columns see it, and the codecs that
 * turn content values into cells and back. Enumerations travel as their
 * Chinese labels; lists are joined in one cell.
 */
export type Cell = string | number | boolean | null;
export type Filled = Exclude<Cell, null>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface Codec<T> {
  write: (value: T) => Cell;
  read: (cell: Filled) => Parsed<T>;
  /** What the cell takes, for the 填写说明 sheet. */
  hint?: string;
}

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

/** Short lists (aliases, labels, options) are separated by "；" (also ";" or a line break on import). */
export const LIST_SEPARATOR = '；';
/** Sentence lists (guide steps, clerk checks) may contain "；" themselves: one entry per line. */
export const LINE_SEPARATOR = '\n';

/** What ExcelJS holds in a cell, reduced to text, number or flag; blank text is an empty cell. */
export function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const trimmed = value.replaceAll('\r\n', '\n').trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return cellOf(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value.result ?? null) as CellValue);
  if ('text' in value) return cellOf(value.text);
  if ('error' in value) return value.error;
  return null;
}

const asText = (cell: Filled) => (typeof cell === 'string' ? cell : String(cell));

export const text: Codec<string> = {
  write: (value) => (value === '' ? null : value),
  read: (cell) => ok(asText(cell)),
};

/** A fixed-length digit code kept as text, so leading zeros survive. */
export function digitCode(length: number): Codec<string> {
  return {
    write: (value) => value,
    read: (cell) =>
      typeof cell === 'number'
        ? bad(`应为${length}位数字，单元格为数字格式，开头的0可能已丢失；请将该列设为文本格式后重新填写`)
        : ok(asText(cell)),
  };
}

export const integer: Codec<number> = {
  hint: '整数',
  write: (value) => value,
  read: (cell) => {
    const value = typeof cell === 'number' ? cell : /^-?\d+$/.test(asText(cell)) ? Number(cell) : Number.NaN;
    return Number.isInteger(value) ? ok(value) : bad(`应为整数，现为“${asText(cell)}”`);
  },
};

export const decimal: Codec<number> = {
  hint: '数字',
  write: (value) => value,
  read: (cell) => {
    const value =
      typeof cell === 'number' ? cell : /^-?\d+(\.\d+)?$/.test(asText(cell)) ? Number(cell) : Number.NaN;
    return Number.isFinite(value) ? ok(value) : bad(`应为数字，现为“${asText(cell)}”`);
  },
};

export const yesNo: Codec<boolean> = {
  hint: '填“是”或“否”',
  write: (value) => (value ? '是' : '否'),
  read: (cell) => {
    if (typeof cell === 'boolean') return ok(cell);
    if (cell === '是') return ok(true);
    if (cell === '否') return ok(false);
    return bad(`应填“是”或“否”，现为“${asText(cell)}”`);
  },
};

type Table<K extends string | number> = Readonly<Record<K, string>>;

/** The keys of a vocabulary table by label; numeric tables (levels, depths) give numbers back. */
function labelLookup<K extends string | number>(table: Table<K>) {
  const byLabel = new Map<string, K>();
  // Code tables are sorted by code: JavaScript lists integer-like keys ('10', '20') before '01'.
  const entries = Object.entries(table) as [string, string][];
  if (entries.every(([key]) => /^\d+$/.test(key))) entries.sort(([a], [b]) => a.localeCompare(b));
  for (const [key, label] of entries) {
    byLabel.set(label, (/^\d$/.test(key) ? Number(key) : key) as K);
  }
  const allowed = [...byLabel.keys()].map((label) => `“${label}”`).join('、');
  return { find: (label: string) => byLabel.get(label), allowed, hint: `可选：${allowed}` };
}

/** One value of a vocabulary table, written as its Chinese label. */
export function choice<K extends string | number>(table: Table<K>): Codec<K> {
  const lookup = labelLookup(table);
  return {
    hint: lookup.hint,
    write: (value) => table[value] ?? String(value),
    read: (cell) => {
      const key = lookup.find(asText(cell));
      return key === undefined ? bad(`“${asText(cell)}”不是可选值，应为 ${lookup.allowed} 之一`) : ok(key);
    },
  };
}

/** A numeric vocabulary (levels, online depths) whose field is typed as a plain number. */
export const numberChoice = (table: Readonly<Record<number, string>>): Codec<number> => choice(table);

export function splitList(cell: Filled, separators = /[；;\n]/): string[] {
  return asText(cell)
    .split(separators)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Free text entries in one cell. */
export function textList(separator: string = LIST_SEPARATOR): Codec<string[]> {
  const pattern = separator === LINE_SEPARATOR ? /\n/ : /[；;\n]/;
  return {
    hint: separator === LINE_SEPARATOR ? '每条一行（单元格内换行）' : `多个用“${LIST_SEPARATOR}”分隔`,
    write: (values) => (values.length === 0 ? null : values.join(separator)),
    read: (cell) => ok(splitList(cell, pattern)),
  };
}

/** Each entry read by `entry`; every entry that fails is named in one problem. */
export function listOf<T>(entry: Codec<T>): Codec<T[]> {
  return {
    hint: [entry.hint, `多个用“${LIST_SEPARATOR}”分隔`].filter(Boolean).join('；'),
    write: (values) => (values.length === 0 ? null : values.map(entry.write).join(LIST_SEPARATOR)),
    read: (cell) => {
      const values: T[] = [];
      const problems: string[] = [];
      for (const part of splitList(cell)) {
        const parsed = entry.read(part);
        if (parsed.ok) values.push(parsed.value);
        else problems.push(parsed.problem);
      }
      return problems.length > 0 ? bad(problems.join('；')) : ok(values);
    },
  };
}

/** A nullable value; `nullText` (e.g. 不支持通办) stands for null besides an empty cell. */
export function orNull<T>(codec: Codec<T>, nullText: string | null = null): Codec<T | null> {
  return {
    hint: nullText && codec.hint ? `${codec.hint}、“${nullText}”` : codec.hint,
    write: (value) => (value === null ? nullText : codec.write(value)),
    read: (cell) => (nullText !== null && cell === nullText ? ok(null) : codec.read(cell)),
  };
}
