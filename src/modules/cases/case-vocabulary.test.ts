import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../tests/support/test-app';
import { CASE_EVENT_KINDS, CASE_STATUSES, DOCUMENT_KINDS } from '../../shared/case-terms';

const t = setUpTestApp();

// The database refuses words it does not know; the code labels them. Both lists must agree,
// or a case would fail to save (word missing in the database) or show a raw key (label missing).
describe('the case vocabulary', () => {
  it('has the same statuses in the database as in the code', async () => {
    const rows = await t.db.selectFrom('case_statuses').select(['status', 'label']).execute();
    expect(Object.fromEntries(rows.map((row) => [row.status, row.label]))).toEqual(CASE_STATUSES);
  });

  it('has the same history event kinds', async () => {
    const rows = await t.db.selectFrom('case_event_kinds').select(['kind', 'label']).execute();
    expect(Object.fromEntries(rows.map((row) => [row.kind, row.label]))).toEqual(CASE_EVENT_KINDS);
  });

  it('has the same document kinds and number prefixes', async () => {
    const rows = await t.db.selectFrom('case_document_kinds').select(['kind', 'prefix', 'label']).execute();
    expect(
      Object.fromEntries(rows.map((row) => [row.kind, { label: row.label, prefix: row.prefix }])),
    ).toEqual(DOCUMENT_KINDS);
  });
});
