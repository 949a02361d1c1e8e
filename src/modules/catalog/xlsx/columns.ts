import type { ItemContent } from '../item-content';
import type { Cell, Codec, Filled, Parsed } from './cells';

/**
 * A workbook column: its header, how a content value becomes a cell, and how
 * a cell is read back into the content at `field`.
 */

/** What an empty cell means: leave the field to its default, null, a problem, or a generated value. */
export type EmptyCell = 'default' | 'null' | 'required' | ((position: number) => unknown);

export interface Column<Row> {
  header: string;
  width: number;
  /** Where the value sits in the row's content ('basicCode', 'actor.role'); none = written for reading only. */
  field?: string;
  /** Whether a file must have this column. */
  headerRequired: boolean;
  /** Codes and long numbers kept as text so Excel does not reformat them. */
  asText?: boolean;
  /** Long text wraps in its cell. */
  wrap?: boolean;
  /** One line for the 填写说明 sheet. */
  note: string;
  empty: EmptyCell;
  write: (row: Row) => Cell;
  /** Absent when the sheet composes the field from several cells. */
  read?: (cell: Filled) => Parsed<unknown>;
}

export interface ColumnOptions {
  empty?: EmptyCell;
  width?: number;
  note?: string;
  asText?: boolean;
  wrap?: boolean;
}

const EMPTY_NOTES: Record<'default' | 'null' | 'required', string> = {
  default: '可留空',
  null: '可留空',
  required: '必填',
};

/** A column holding field `field` of the object `pick(row)` returns. */
export function fieldColumn<Row, T extends object, K extends keyof T & string>(
  pick: (row: Row) => T,
  field: K,
  header: string,
  codec: Codec<T[K]>,
  options: ColumnOptions = {},
): Column<Row> {
  const empty = options.empty ?? 'default';
  const emptyNote = typeof empty === 'function' ? '可留空（自动生成）' : EMPTY_NOTES[empty];
  return {
    header,
    width: options.width ?? Math.max(14, header.length * 2 + 4),
    field,
    headerRequired: empty === 'required' || empty === 'null',
    asText: options.asText,
    wrap: options.wrap,
    note: [emptyNote, codec.hint, options.note].filter(Boolean).join('；'),
    empty,
    write: (row) => codec.write(pick(row)[field]),
    read: codec.read,
  };
}

/** Sets `value` at a dotted path inside `target`, making the objects on the way. */
export function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() as string;
  let node = target;
  for (const part of parts) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[last] = value;
}

/** The column whose field is the longest prefix of `path` ('forms.1' -> 材料形式). */
export function columnFor<Row>(columns: readonly Column<Row>[], path: string): Column<Row> | undefined {
  let best: Column<Row> | undefined;
  for (const column of columns) {
    const field = column.field;
    if (field === undefined) continue;
    const matches = path === field || path.startsWith(`${field}.`);
    if (matches && (best?.field === undefined || field.length > best.field.length)) best = column;
  }
  return best;
}

/** A sheet's columns with the row type erased, and its rows already turned into cells. */
export interface SheetLayout {
  name: string;
  columns: readonly Column<never>[];
  rows: (items: readonly ItemContent[]) => Cell[][];
}

export function sheetLayout<Row>(
  name: string,
  columns: Column<Row>[],
  rowsOf: (items: readonly ItemContent[]) => Row[],
): SheetLayout {
  return {
    name,
    columns,
    rows: (items) => rowsOf(items).map((row) => columns.map((column) => column.write(row))),
  };
}
