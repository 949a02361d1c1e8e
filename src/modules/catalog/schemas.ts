import { z } from 'zod';
import { int4Text } from '../../server/int-schemas';
import { LIFE_THEMES, SERVICE_CATEGORIES, SERVICE_OBJECTS } from '../../shared/catalog-terms';
import { FormField, ItemContent, Material } from './item-content';
import { REVIEW_STEPS } from './review-pipeline';

const STATUSES = [
  'draft',
  'submitted',
  'first_checked',
  'joint_reviewed',
  'published',
  'superseded',
] as const;
const flag = z.enum(['1', '0', 'true', 'false']).transform((value) => value === '1' || value === 'true');
const keyOf = <T extends Record<string, unknown>>(labels: T) =>
  z.enum(Object.keys(labels) as [string, ...string[]]);

export const SearchQuery = z.object({
  q: z.string().trim().max(50, '不能超过50个字').optional(),
  departmentId: z.uuid().optional(),
  category: keyOf(SERVICE_CATEGORIES).optional(),
  theme: keyOf(LIFE_THEMES).optional(),
  serviceObject: keyOf(SERVICE_OBJECTS).optional(),
  online: flag.optional(),
  zeroVisit: flag.optional(),
  page: int4Text().min(1).max(500).default(1),
  pageSize: int4Text().min(1).max(100).default(20),
});

export const SearchHit = z.object({
  itemId: z.string(),
  name: z.string(),
  handlingKind: z.string(),
  promisedLimitDays: z.number(),
  visits: z.number(),
  onlineDepth: z.number(),
  serviceCategory: z.string(),
  departmentName: z.string(),
});

export const ItemVersion = z.object({
  itemId: z.string(),
  version: z.number(),
  status: z.enum(STATUSES),
  implementationCode: z.string(),
  departmentName: z.string(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  content: ItemContent,
});

export const ReviewRecord = z.object({
  step: z.enum(REVIEW_STEPS as [string, ...string[]]),
  decision: z.enum(['pass', 'return']),
  opinion: z.string(),
  actorName: z.string(),
  at: z.string(),
});

export const ItemVersionWithReviews = ItemVersion.extend({ reviews: z.array(ReviewRecord) });

export const StaffItem = z.object({
  itemId: z.string(),
  latestVersion: z.number(),
  status: z.enum(STATUSES),
  name: z.string(),
  implementationCode: z.string(),
  handlingKind: z.string(),
  departmentName: z.string(),
  publishedVersion: z.number().nullable(),
  themes: z.array(z.string()),
  updatedAt: z.string(),
});

export const StaffItemsQuery = z.object({
  status: z.enum(STATUSES).optional(),
  departmentId: z.uuid().optional(),
  theme: keyOf(LIFE_THEMES).optional(),
});
export const ItemParams = z.object({ id: z.uuid('事项编号格式不正确') });
export const VersionParams = ItemParams.extend({ version: int4Text().min(1) });
export const CompareQuery = z.object({
  from: int4Text().min(1),
  to: int4Text().min(1),
});
export const ReviewBody = z.object({
  step: z.enum(REVIEW_STEPS as ['submit', 'first_check', 'joint_review', 'confirm']),
  decision: z.enum(['pass', 'return']),
  opinion: z.string().trim().max(1000).default(''),
});
export const VersionRef = z.object({ itemId: z.string(), version: z.number() });
export const Difference = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const BundleSummary = z.object({
  bundleId: z.string(),
  name: z.string(),
  description: z.string(),
  leadDepartmentName: z.string(),
  itemNames: z.array(z.string()),
});

/** One item of a bundle as the applicant meets it. */
export const BundleItemView = z.object({
  itemId: z.string(),
  name: z.string(),
  departmentName: z.string(),
  promisedLimitDays: z.number(),
  onlineDepth: z.number().describe('网上办理深度：2及以上可网上申请'),
});

/** What bundle-merge.ts makes of the items: one form, one material list, the combined limit. */
export const MergedBundleView = z.object({
  formFields: z.array(FormField.extend({ itemIds: z.array(z.string()) })),
  materials: z.array(Material.extend({ itemIds: z.array(z.string()) })),
  promisedLimitDays: z.number(),
  visits: z.number(),
  onlineDepth: z.number(),
  courierDelivery: z.boolean(),
  fieldsSaved: z.number(),
  materialsSaved: z.number(),
});

export const BundleDetail = z.object({
  bundleId: z.string(),
  name: z.string(),
  description: z.string(),
  leadDepartmentName: z.string(),
  items: z.array(BundleItemView),
  chosenItemIds: z.array(z.string()).describe('合并表单与材料所依据的事项（选办）'),
  merged: MergedBundleView,
});
export const BundleParams = z.object({ id: z.uuid('“一件事”编号格式不正确') });

/** 选办: the items of a bundle the applicant needs; all of them when not given. */
export const ChosenItemIds = z
  .array(z.uuid('事项编号格式不正确'))
  .min(1, '请至少选择一个要办理的事项')
  .max(30)
  .optional()
  .describe('选办：申请人需要办理的事项；不填即全部');

export const BundleQuery = z.object({
  itemIds: z
    .preprocess(
      (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
      ChosenItemIds,
    )
    .describe('选办：逗号分隔的事项编号；不填即全部'),
});
