import { CONTENT_FIELDS, FORM_FIELD_FIELDS, MATERIAL_FIELDS, STEP_FIELDS } from '../contentFields';
import type { Difference } from '../types';
import type { useContentText } from '../useContentText';

/** One line of a version comparison: a field (or one entry of a list) before and after. */
export interface CompareRow {
  key: string;
  label: string;
  before: string;
  after: string;
  change: 'changed' | 'added' | 'removed' | 'moved';
}

type Label = readonly [string, string];
type Entry = Record<string, unknown> & { key: string };
type Text = ReturnType<typeof useContentText>;

const LISTS: Record<string, Record<string, Label>> = {
  materials: MATERIAL_FIELDS,
  formFields: FORM_FIELD_FIELDS,
  workflow: STEP_FIELDS,
};
const ORDER: Label = ['顺序', 'Order'];

/** A list entry in one line: 居民身份证（必需；原件） / 姓名（单行文本） / 受理（综合窗口受理人员，1 个工作日）. */
function entrySummary(list: string, entry: Entry, { text, need }: Text): string {
  if (list === 'materials') return `${entry.name}（${need(entry.required)}；${text('forms', entry.forms)}）`;
  if (list === 'formFields') return `${entry.label}（${text('type', entry.type)}）`;
  return `${entry.name}（${text('actor', entry.actor)}，${text('limitDays', entry.limitDays)}）`;
}

const entryName = (entry: Entry) => String(entry.name ?? entry.label ?? entry.key);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The rows of a keyed list (materials, form fields, steps): entries added, removed, changed or reordered. */
function listRows(list: string, before: Entry[], after: Entry[], english: boolean, text: Text): CompareRow[] {
  const pick = (label: Label) => label[english ? 1 : 0];
  const listLabel = pick(CONTENT_FIELDS[list as keyof typeof CONTENT_FIELDS]);
  const was = new Map(before.map((entry) => [entry.key, entry]));
  const now = new Map(after.map((entry) => [entry.key, entry]));
  const rows: CompareRow[] = [];
  for (const entry of after) {
    const old = was.get(entry.key);
    const name = `${listLabel} · ${entryName(entry)}`;
    if (!old) {
      rows.push({
        key: `${list}.${entry.key}`,
        label: name,
        before: '',
        after: entrySummary(list, entry, text),
        change: 'added',
      });
      continue;
    }
    for (const [field, label] of Object.entries(LISTS[list] ?? {})) {
      if (same(old[field], entry[field])) continue;
      rows.push({
        key: `${list}.${entry.key}.${field}`,
        label: `${name} · ${pick(label)}`,
        before: text.text(field, old[field]),
        after: text.text(field, entry[field]),
        change: 'changed',
      });
    }
  }
  for (const entry of before) {
    if (now.has(entry.key)) continue;
    rows.push({
      key: `${list}.${entry.key}`,
      label: `${listLabel} · ${entryName(entry)}`,
      before: entrySummary(list, entry, text),
      after: '',
      change: 'removed',
    });
  }
  const order = (entries: Entry[]) => entries.map(entryName).join(' → ');
  const kept = (entries: Entry[], other: Map<string, Entry>) =>
    entries.filter((entry) => other.has(entry.key));
  if (
    !same(
      kept(before, now).map((e) => e.key),
      kept(after, was).map((e) => e.key),
    )
  ) {
    rows.push({
      key: `${list}.order`,
      label: `${listLabel} · ${pick(ORDER)}`,
      before: order(before),
      after: order(after),
      change: 'moved',
    });
  }
  return rows;
}

/** The server's field differences as rows a clerk can read, lists broken down entry by entry. */
export function compareRows(differences: Difference[], english: boolean, text: Text): CompareRow[] {
  return differences.flatMap((difference): CompareRow[] => {
    const { field, before, after } = difference;
    if (field in LISTS && Array.isArray(before) && Array.isArray(after)) {
      return listRows(field, before as Entry[], after as Entry[], english, text);
    }
    const label = CONTENT_FIELDS[field];
    return [
      {
        key: field,
        label: label ? label[english ? 1 : 0] : field,
        before: text.text(field, before),
        after: text.text(field, after),
        change: 'changed',
      },
    ];
  });
}
