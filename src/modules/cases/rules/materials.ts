import { type MaterialState, PROBLEM_STATES, SATISFIED_STATES } from '../../../shared/case-terms';
import type { Material } from '../../catalog/item-content';

/**
 * The case's materials against its item's material list: what a clerk records,
 * what is still missing or wrong, and what a missing-material notice names.
 */

export interface CaseMaterial {
  key: string;
  name: string;
  /** A main material: required by the catalogue; never tolerated, never "not applicable". */
  required: boolean;
  state: MaterialState;
  defectReason: string | null;
  materialId: string | null;
  certificateId: string | null;
  promisedDue: string | null;
  /** When the paper now recorded was handed over. */
  submittedAt: Date | null;
}

/** What the clerk (or the applicant online) says about one material. */
export interface MaterialEntry {
  key: string;
  state: Exclude<MaterialState, 'promised'>;
  reason?: string | undefined;
  materialId?: string | undefined;
  certificateId?: string | undefined;
  /** A new paper replaces the one recorded before (so a defect found in it is new). */
  newSubmission?: boolean | undefined;
}

export interface EntryProblem {
  index: number;
  field: 'key' | 'state' | 'reason' | 'materialId' | 'certificateId';
  message: string;
}

const HANDED_OVER: readonly MaterialState[] = ['provided', 'defective'];
const REUSED: readonly MaterialState[] = ['reused_certificate', 'reused_material'];

/** Before anything is recorded: main materials are missing, conditional ones do not apply. */
export function materialsOfItem(materials: readonly Material[]): CaseMaterial[] {
  return materials.map((material) => ({
    key: material.key,
    name: material.name,
    required: material.required,
    state: material.required ? 'missing' : 'not_applicable',
    defectReason: null,
    materialId: null,
    certificateId: null,
    promisedDue: null,
    submittedAt: null,
  }));
}

function entryProblems(current: readonly CaseMaterial[], entries: readonly MaterialEntry[]): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const material = current.find((candidate) => candidate.key === entry.key);
    if (!material) problems.push({ index, field: 'key', message: `本事项没有材料“${entry.key}”` });
    else if (seen.has(entry.key)) problems.push({ index, field: 'key', message: `“${material.name}”重复` });
    else if (material.required && entry.state === 'not_applicable') {
      problems.push({
        index,
        field: 'state',
        message: `“${material.name}”是必须提交的主要材料，不能标为不适用`,
      });
    }
    seen.add(entry.key);
    if (entry.state === 'defective' && !entry.reason?.trim()) {
      problems.push({ index, field: 'reason', message: '请写明材料不符合要求的原因，告知书将照此列出' });
    }
    if (entry.state === 'reused_material' && !entry.materialId) {
      problems.push({ index, field: 'materialId', message: '请选择要复用的材料' });
    }
    if (entry.state === 'reused_certificate' && !entry.certificateId) {
      problems.push({ index, field: 'certificateId', message: '请选择要使用的电子证照' });
    }
  });
  return problems;
}

/** The materials after the entries, or the problems of the entries (then nothing changes). */
export function applyEntries(
  current: readonly CaseMaterial[],
  entries: readonly MaterialEntry[],
  now: Date,
): { materials: CaseMaterial[]; problems: EntryProblem[] } {
  const problems = entryProblems(current, entries);
  if (problems.length > 0) return { materials: [...current], problems };
  const materials = current.map((material) => {
    const entry = entries.find((candidate) => candidate.key === material.key);
    if (!entry) return material;
    // A reused certificate or file judged unfit is not a paper handed over now: it was there all along.
    const rejudged = entry.state === 'defective' && REUSED.includes(material.state) && !entry.newSubmission;
    const handedOverNow =
      HANDED_OVER.includes(entry.state) &&
      !rejudged &&
      (!HANDED_OVER.includes(material.state) || entry.newSubmission === true);
    const reused = entry.state === 'reused_material' || entry.state === 'reused_certificate';
    return {
      ...material,
      state: entry.state,
      defectReason: entry.state === 'defective' ? (entry.reason?.trim() ?? null) : null,
      materialId:
        entry.state === 'reused_material' || HANDED_OVER.includes(entry.state)
          ? (entry.materialId ?? null)
          : null,
      certificateId: entry.state === 'reused_certificate' ? (entry.certificateId ?? null) : null,
      promisedDue: null,
      submittedAt:
        handedOverNow || reused ? now : HANDED_OVER.includes(entry.state) ? material.submittedAt : null,
    };
  });
  return { materials, problems: [] };
}

/** What is missing or wrong: exactly what a missing-material notice lists and what blocks acceptance. */
export function problemsOf(materials: readonly CaseMaterial[]): CaseMaterial[] {
  return materials.filter((material) => PROBLEM_STATES.includes(material.state));
}

export const isSatisfied = (material: CaseMaterial) => SATISFIED_STATES.includes(material.state);

/** Materials the applicant did not hand over because a certificate or the repository supplied them. */
export function reusedCount(materials: readonly CaseMaterial[]): number {
  return materials.filter((m) => m.state === 'reused_material' || m.state === 'reused_certificate').length;
}

/** The missing-material notices a case was given: the first (its list is final) and when the latest was issued. */
export interface Notices {
  first: { number: string; keys: readonly string[]; issuedAt: Date };
  latestAt: Date;
}

/**
 * The one-notice rule (一次性告知, 行政许可法 art. 32). After the first notice,
 * a material may be asked for only if that notice named it, or if the paper it
 * objects to was handed over after the notice (a new paper the notice could not
 * have judged). Anything else the first notice could have named — a material
 * missing all along, a conditional material found to apply only now, a paper or
 * certificate re-judged without being replaced — can no longer be asked for.
 */
function askable(first: Notices['first'], material: CaseMaterial): boolean {
  return (
    first.keys.includes(material.key) ||
    (material.submittedAt !== null && material.submittedAt > first.issuedAt)
  );
}

/** What may still be asked of the applicant: what a notice lists, what blocks acceptance, what the applicant is shown as owing. */
export function owedMaterials(materials: readonly CaseMaterial[], notices: Notices | null): CaseMaterial[] {
  const problems = problemsOf(materials);
  return notices ? problems.filter((material) => askable(notices.first, material)) : problems;
}

/** Problems recorded after the first notice that it did not name: kept on record, never asked for. */
export function waivedMaterials(materials: readonly CaseMaterial[], notices: Notices | null): CaseMaterial[] {
  return notices ? problemsOf(materials).filter((material) => !askable(notices.first, material)) : [];
}

/**
 * Whether a notice now tells the applicant something: the first always does;
 * a later one only about a paper handed over since the latest (else it would
 * repeat a numbered document the applicant already holds).
 */
export function noticeTellsNew(owed: readonly CaseMaterial[], notices: Notices | null): boolean {
  if (owed.length === 0) return false;
  return (
    notices === null ||
    owed.some((material) => material.submittedAt !== null && material.submittedAt > notices.latestAt)
  );
}
