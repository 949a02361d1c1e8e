import type { Db } from '../../db/database';
import { AppError, invalidField } from '../../server/errors';
import { type MergedBundle, mergeBundle } from '../catalog/bundle-merge';
import { bundleItemIds, chosenOf, selectBundles } from '../catalog/bundle-queries';
import type { CaseDraft } from './case-draft';
import { type CaseItem, publishedItem } from './case-item';
import type { FormValues } from './rules/form-values';
import { type ChildInput, childInput, unknownMaterialKeys } from './rules/joint';
import type { MaterialEntry } from './rules/materials';

/**
 * Everything a joint case will hold, checked before anything is written: the
 * bundle, its merged form and material list, and one complete draft per item
 * (each routed, its form and materials checked as for a case of that item alone).
 */

export interface JointChild {
  /** The bundle's item (routing may hand the case to another region's implementation of it). */
  bundleItemId: string;
  draft: CaseDraft;
  mergedKeyOf: Map<string, string>;
}

export interface JointDraft {
  bundle: { id: string; name: string; leadDepartmentId: string; leadRegion: string };
  merged: MergedBundle;
  children: JointChild[];
  /** The merged form as answered, with what the registry pre-filled for any child. */
  formData: FormValues;
}

async function activeBundle(db: Db, bundleId: string) {
  const bundle = await selectBundles(db)
    .innerJoin('departments as lead', 'lead.id', 'b.lead_department_id')
    .select('lead.region_code as lead_region')
    .where('b.id', '=', bundleId)
    .where('b.active', '=', true)
    .executeTakeFirst();
  if (!bundle) throw invalidField('bundleId', '该“一件事”不存在或已停用', 'UNKNOWN_BUNDLE');
  return bundle;
}

function mergedAnswers(merged: MergedBundle, children: readonly JointChild[]): FormValues {
  const answers: FormValues = {};
  for (const field of merged.formFields) {
    for (const child of children) {
      const key = field.keyIn[child.bundleItemId];
      const value = key === undefined ? undefined : child.draft.formData[key];
      if (value !== undefined) {
        answers[field.key] = value;
        break;
      }
    }
  }
  return answers;
}

export async function prepareJointDraft(
  db: Db,
  input: {
    bundleId: string;
    itemIds?: readonly string[] | undefined;
    formData: FormValues;
    materials: readonly MaterialEntry[];
  },
  draftOf: (item: CaseItem, child: ChildInput) => Promise<CaseDraft>,
): Promise<JointDraft> {
  const bundle = await activeBundle(db, input.bundleId);
  const all: CaseItem[] = [];
  for (const itemId of await bundleItemIds(db, bundle.id)) all.push(await publishedItem(db, itemId));
  const items = chosenOf(all, input.itemIds);
  if (items.length === 0) {
    throw new AppError(409, 'BUNDLE_WITHOUT_ITEMS', `“${bundle.name}”目前没有可办理的事项`);
  }
  const merged = mergeBundle(items.map((item) => ({ itemId: item.itemId, content: item.content })));
  const unknown = unknownMaterialKeys(merged, input.materials);
  if (unknown.length > 0) {
    throw invalidField(`materials.${unknown[0]}.key`, '该材料不在本“一件事”的材料清单中', 'UNKNOWN_MATERIAL');
  }
  const children: JointChild[] = [];
  for (const item of items) {
    const part = childInput(merged, item.itemId, input.formData, input.materials);
    children.push({
      bundleItemId: item.itemId,
      draft: await draftOf(item, part),
      mergedKeyOf: part.mergedKeyOf,
    });
  }
  return {
    bundle: {
      id: bundle.id,
      name: bundle.name,
      leadDepartmentId: bundle.lead_department_id,
      leadRegion: bundle.lead_region,
    },
    merged,
    children,
    formData: mergedAnswers(merged, children),
  };
}
