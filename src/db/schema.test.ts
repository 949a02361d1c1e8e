import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeclaredSchema, readDeclaredSchema } from '../../tests/support/declared-schema';
import { createTestDatabase } from '../../tests/support/test-database';
import type { Db } from './database';

/**
 * src/db/schema.ts is written by hand: this compares it with the database the migrations make
 * (tables, columns, the kinds of value Kysely hands back and whether they may be null).
 */

/** The kinds a column of this PostgreSQL type comes back as (database.ts: int8 as number, date as text). */
function kindsFor(dataType: string, udt: string): string[] | 'any' {
  if (dataType === 'ARRAY') return ['array'];
  if (dataType === 'json' || dataType === 'jsonb') return 'any';
  if (dataType === 'boolean') return ['boolean'];
  if (['smallint', 'integer', 'bigint', 'real', 'double precision'].includes(dataType)) return ['number'];
  if (dataType.startsWith('timestamp')) return ['Date'];
  if (dataType === 'bytea') return ['object'];
  if (dataType === 'USER-DEFINED' && udt !== 'tsvector') return ['string'];
  return ['string']; // text, character varying, uuid, numeric, date, inet, tsvector …
}

/** Tables the platform keeps that no query reads through Kysely. */
const UNDECLARED = new Set(['schema_migrations']);

let database: { db: Db; drop(): Promise<void> };
let declared: DeclaredSchema;
let columns: {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: string;
  table_type: string;
}[];

beforeAll(async () => {
  database = await createTestDatabase();
  declared = readDeclaredSchema();
  columns = (
    await sql<(typeof columns)[number]>`
      SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, t.table_type
        FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = 'public' AND t.table_type IN ('BASE TABLE', 'VIEW')
       ORDER BY c.table_name, c.ordinal_position`.execute(database.db)
  ).rows.filter((column) => !UNDECLARED.has(column.table_name));
}, 120_000);

afterAll(() => database?.drop());

describe('src/db/schema.ts against the migrated database', () => {
  it('declares exactly the tables and columns the migrations make', () => {
    const migrated = new Map<string, string[]>();
    for (const column of columns) {
      migrated.set(column.table_name, [...(migrated.get(column.table_name) ?? []), column.column_name]);
    }
    const shape = (tables: Map<string, string[]>) =>
      Object.fromEntries([...tables].map(([table, names]) => [table, [...names].sort()]).sort());
    const declaredShape = new Map([...declared].map(([table, cols]) => [table, [...cols.keys()]]));
    expect(shape(declaredShape)).toEqual(shape(migrated));
  });

  it('gives each column the kind of value and the nullability the database has', () => {
    const drift: string[] = [];
    for (const column of columns) {
      const mine = declared.get(column.table_name)?.get(column.column_name);
      if (!mine) continue;
      const name = `${column.table_name}.${column.column_name} (${column.data_type})`;
      const nullable = column.is_nullable === 'YES';
      // A view's columns are all nullable to information_schema, whatever the rows beneath hold.
      if (column.table_type === 'BASE TABLE' && mine.nullable !== nullable)
        drift.push(`${name}: ${nullable ? 'nullable' : 'not null'} in the database`);
      const kinds = kindsFor(column.data_type, column.udt_name);
      if (kinds !== 'any' && mine.kinds.join() !== kinds.join()) {
        drift.push(`${name}: declared ${mine.kinds.join(' | ')}, the database gives ${kinds.join(' | ')}`);
      }
    }
    expect(drift).toEqual([]);
  });
});
