import { z } from 'zod';
import { int4Text } from './int-schemas';

export const PageQuery = z.object({
  page: int4Text().min(1).default(1),
  pageSize: int4Text().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}
