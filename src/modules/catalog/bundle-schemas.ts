import { z } from 'zod';
import { BundleItemView, MergedBundleView } from './schemas';

/** Bundles (一件事) as the catalogue office and lead departments define them, under /api/catalog/manage/bundles. */

const MAX_ITEMS = 20;

/** The items of a bundle, in the order the applicant meets them; each at most once. */
const itemIds = z
  .array(z.uuid('事项编号格式不正确'))
  .max(MAX_ITEMS, `一件事最多包含${MAX_ITEMS}个事项`)
  .superRefine((ids, context) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index)
        context.addIssue({ code: 'custom', path: [index], message: '该事项已在列表中，请勿重复添加' });
    });
  });

export const BundleBody = z.object({
  name: z.string().trim().min(2, '请填写名称，至少2个字').max(60, '不能超过60个字'),
  description: z.string().trim().max(2000, '不能超过2000个字').default(''),
  leadDepartmentId: z.uuid('请选择牵头部门'),
  itemIds: itemIds.min(2, '一件事至少包含2个事项'),
});
export type BundleBody = z.infer<typeof BundleBody>;

/** A preview may be asked for while the list is still being put together. */
export const BundlePreviewBody = z.object({ itemIds });

export const BundlePreview = z.object({ items: z.array(BundleItemView), merged: MergedBundleView });

const managedFields = {
  bundleId: z.string(),
  name: z.string(),
  description: z.string(),
  leadDepartmentId: z.string(),
  leadDepartmentName: z.string(),
  active: z.boolean(),
  /** Whether the signed-in user may edit, withdraw or reactivate it. */
  canManage: z.boolean(),
  updatedAt: z.string(),
};

export const ManagedBundleRow = z.object({
  ...managedFields,
  itemCount: z.number(),
  /** The combined promised limit: the slowest item's, as the items run in parallel. */
  promisedLimitDays: z.number(),
});
export type ManagedBundleRow = z.infer<typeof ManagedBundleRow>;

export const ManagedBundle = z.object({ ...managedFields, items: z.array(BundleItemView) });
export type ManagedBundle = z.infer<typeof ManagedBundle>;
export type BundlePreview = z.infer<typeof BundlePreview>;
