import { type ExpressionBuilder, type ExpressionWrapper, type SqlBool, sql } from 'kysely';

/**
 * A condition limiting `column` (a region code) to the given subtrees.
 * null roots = no limit; an empty list = nothing. Uses the text_pattern_ops indexes.
 */
export function withinRegions<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: string,
  roots: readonly string[] | null,
): ExpressionWrapper<DB, TB, SqlBool> {
  if (roots === null) return eb.lit(true) as unknown as ExpressionWrapper<DB, TB, SqlBool>;
  if (roots.length === 0) return eb.lit(false) as unknown as ExpressionWrapper<DB, TB, SqlBool>;
  return eb.or(roots.map((root) => eb(sql.ref(column), 'like', `${root}%`))) as unknown as ExpressionWrapper<
    DB,
    TB,
    SqlBool
  >;
}
