import type { ItemContent } from '../../../../../src/modules/catalog/item-content';
import type {
  ReviewDecision,
  ReviewStep,
  VersionStatus,
} from '../../../../../src/modules/catalog/review-pipeline';

/** Shapes of the /api/catalog/manage replies; the server's zod schemas (schemas.ts) are the source of truth. */

export type { ItemContent, ReviewDecision, ReviewStep, VersionStatus };

/** One row of the staff catalogue list: an item with its latest version. */
export interface StaffItem {
  itemId: string;
  latestVersion: number;
  status: VersionStatus;
  name: string;
  implementationCode: string;
  handlingKind: string;
  departmentName: string;
  publishedVersion: number | null;
  themes: string[];
  updatedAt: string;
}

export interface ItemVersion {
  itemId: string;
  version: number;
  status: VersionStatus;
  implementationCode: string;
  departmentName: string;
  publishedAt: string | null;
  updatedAt: string;
  content: ItemContent;
}

export interface ReviewRecord {
  step: ReviewStep;
  decision: ReviewDecision;
  opinion: string;
  actorName: string;
  at: string;
}

export interface ItemVersionWithReviews extends ItemVersion {
  reviews: ReviewRecord[];
}

export interface VersionRef {
  itemId: string;
  version: number;
}

export interface Difference {
  field: keyof ItemContent;
  before: unknown;
  after: unknown;
}
