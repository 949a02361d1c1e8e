import type { Db, Tx } from '../../db/database';
import { invalidField } from '../../server/errors';

/** The named region, which must exist and be in use; otherwise an error on `field`. */
export async function activeRegion(db: Db | Tx, code: string, field = 'regionCode') {
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name', 'level', 'active'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!region?.active) throw invalidField(field, `区划 ${code} 不存在或已停用`);
  return region;
}
