import { type CaseMaterial, type Notices, owedMaterials } from './materials';

/**
 * Tolerant acceptance (容缺受理): the main materials are complete and the
 * applicant commits to supply named secondary materials by a date no later than
 * the end of the promised limit. Main materials (required in the catalogue) are
 * never tolerated.
 */

export interface Commitment {
  key: string;
  /** yyyy-mm-dd, the last day to supply the material. */
  due: string;
}

export type ToleranceCode =
  | 'UNKNOWN_MATERIAL'
  | 'MATERIAL_NOT_MISSING'
  | 'MATERIAL_NOT_OWED'
  | 'MAIN_MATERIAL_NOT_TOLERABLE'
  | 'DUE_DATE_PASSED'
  | 'DUE_AFTER_PROMISED_LIMIT'
  | 'MATERIALS_INCOMPLETE';

export interface ToleranceProblem {
  code: ToleranceCode;
  /** Index into the commitments, or null for a problem of the case as a whole. */
  index: number | null;
  field: 'key' | 'due' | 'materials';
  message: string;
}

/** Every reason the commitments cannot be accepted, most specific first; empty when they can. */
export function toleranceProblems(
  materials: readonly CaseMaterial[],
  commitments: readonly Commitment[],
  limits: { today: string; lastDay: string },
  notices: Notices | null = null,
): ToleranceProblem[] {
  const problems: ToleranceProblem[] = [];
  const owed = owedMaterials(materials, notices);
  commitments.forEach((commitment, index) => {
    const material = materials.find((candidate) => candidate.key === commitment.key);
    if (!material) {
      problems.push({
        code: 'UNKNOWN_MATERIAL',
        index,
        field: 'key',
        message: `本事项没有材料“${commitment.key}”`,
      });
      return;
    }
    if (material.required) {
      problems.push({
        code: 'MAIN_MATERIAL_NOT_TOLERABLE',
        index,
        field: 'key',
        message: `“${material.name}”是主要材料，不能容缺，须当场提交或一次性告知补正`,
      });
    } else if (material.state === 'missing' || material.state === 'defective') {
      if (!owed.includes(material)) {
        problems.push({
          code: 'MATERIAL_NOT_OWED',
          index,
          field: 'key',
          message: `一次性告知书未列明“${material.name}”，不得再要求申请人补交`,
        });
      }
    } else {
      problems.push({
        code: 'MATERIAL_NOT_MISSING',
        index,
        field: 'key',
        message: `“${material.name}”不缺，无需容缺`,
      });
    }
    if (commitment.due <= limits.today) {
      problems.push({ code: 'DUE_DATE_PASSED', index, field: 'due', message: '补交日期须晚于今天' });
    } else if (commitment.due > limits.lastDay) {
      problems.push({
        code: 'DUE_AFTER_PROMISED_LIMIT',
        index,
        field: 'due',
        message: `补交日期不能晚于承诺时限的最后一天（${limits.lastDay}）`,
      });
    }
  });
  const promised = new Set(commitments.map((commitment) => commitment.key));
  const uncovered = owed.filter((material) => !promised.has(material.key));
  if (uncovered.length > 0) {
    problems.push({
      code: 'MATERIALS_INCOMPLETE',
      index: null,
      field: 'materials',
      message: `还缺少或不符合要求：${uncovered.map((material) => `“${material.name}”`).join('、')}，不能受理`,
    });
  }
  return problems;
}
