import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/case-terms';
import { PROVISIONAL_DEADLINE_NOTE } from '../../../shared/clock-terms';
import type { CaseMaterial } from './materials';
import type { Commitment } from './tolerance';

/**
 * The text of intake's written documents, built once when issued and kept as
 * a snapshot (case_documents.content), so a reprint shows what was issued.
 */

/** What every document of a case shows in its head. */
export interface DocumentHead {
  caseNumber: string;
  publicCode: string;
  itemName: string;
  applicantName: string;
  officeName: string;
  placeName: string | null;
  issuedOn: string;
}

/** 330103004-20260115-000042 + missing_materials + 1 -> 330103004-20260115-000042-BZ1 */
export function documentNumber(caseNumber: string, kind: DocumentKind, countOfKind: number): string {
  return `${caseNumber}-${DOCUMENT_KINDS[kind].prefix}${countOfKind}`;
}

/** 行政复议法 (2023) art. 20, 24 and 行政诉讼法 art. 46: sixty days for review, six months for litigation. */
export function rightsText(reviewBody: string): string {
  return (
    `申请人如不服本决定，可以自收到本决定书之日起六十日内依法向${reviewBody}申请行政复议，` +
    '也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。'
  );
}

const materialLine = (material: CaseMaterial) => ({
  key: material.key,
  name: material.name,
  problem: material.state,
  reason: material.defectReason,
});

export function missingNoticeContent(head: DocumentHead, problems: readonly CaseMaterial[]) {
  return {
    title: DOCUMENT_KINDS.missing_materials.label,
    ...head,
    basis: '《中华人民共和国行政许可法》第三十二条',
    text: `您申请的“${head.itemName}”，申请材料不齐全或者不符合法定形式。现一次性告知您需要补正的全部内容如下，请补正后到任一可受理本事项的窗口或在网上提交。`,
    items: problems.map(materialLine),
  };
}

/** What an acceptance notice says of the limit; a provisional date says so (decision 0028). */
export interface AcceptanceFacts {
  promisedLimitDays: number;
  promisedDeadline: string | null;
  deadlineProvisional: boolean;
}

const withNote = (facts: AcceptanceFacts) =>
  facts.deadlineProvisional ? { ...facts, deadlineNote: PROVISIONAL_DEADLINE_NOTE[0] } : facts;

export function acceptanceContent(
  head: DocumentHead,
  facts: AcceptanceFacts & { handlingKind: string },
  /** Set for a deemed acceptance: the day the application (and its materials) arrived. */
  deemedFrom: string | null = null,
) {
  if (deemedFrom) {
    return {
      title: DOCUMENT_KINDS.acceptance.label,
      ...head,
      text: `您于${deemedFrom}提交的“${head.itemName}”申请，本机关未在五个工作日内一次性告知需要补正的内容，自收到申请材料之日（${deemedFrom}）起即为受理。`,
      basis: '《中华人民共和国行政许可法》第三十二条、第八十二条',
      acceptedOn: deemedFrom,
      ...withNote(facts),
    };
  }
  return {
    title: DOCUMENT_KINDS.acceptance.label,
    ...head,
    text: `您申请的“${head.itemName}”，申请材料齐全、符合法定形式，本机关决定予以受理。`,
    ...withNote(facts),
  };
}

export function tolerantAcceptanceContent(
  head: DocumentHead,
  facts: AcceptanceFacts,
  commitments: readonly (Commitment & { name: string })[],
  commitmentText: string,
) {
  return {
    title: DOCUMENT_KINDS.tolerant_acceptance.label,
    ...head,
    text: `您申请的“${head.itemName}”，主要申请材料齐全，次要材料按您的书面承诺后补，本机关决定予以容缺受理。逾期未补交的，本机关将终止办理并书面告知。`,
    commitments: commitments.map((commitment) => ({ ...commitment })),
    commitmentText,
    ...withNote(facts),
  };
}

/** 不予受理 at intake, or 不予许可 after the back office's review: reasons, basis and rights alike. */
export function refusalContent(
  head: DocumentHead,
  decision: { reasons: readonly string[]; legalBasis: string; reviewBody: string },
  kind: 'refusal' | 'disapproval' = 'refusal',
) {
  const decided = kind === 'refusal' ? '不予受理' : '不予许可';
  return {
    title: DOCUMENT_KINDS[kind].label,
    ...head,
    text: `您申请的“${head.itemName}”，经审查，本机关决定${decided}。理由如下：`,
    reasons: [...decision.reasons],
    legalBasis: decision.legalBasis,
    rights: rightsText(decision.reviewBody),
  };
}

export function resultContent(
  head: DocumentHead,
  result: { resultName: string; number: string; note: string },
  delivery: string,
) {
  return {
    title: DOCUMENT_KINDS.result.label,
    ...head,
    text: `您申请的“${head.itemName}”已办结。`,
    resultName: result.resultName,
    // Not `number`: that key is the document's own number.
    resultNumber: result.number,
    note: result.note,
    /** How the result reaches the applicant (window, post or grid worker), as chosen when it was issued. */
    delivery,
  };
}

export function terminationContent(head: DocumentHead, overdue: readonly CaseMaterial[]) {
  return {
    title: DOCUMENT_KINDS.termination.label,
    ...head,
    text: `您申请的“${head.itemName}”系容缺受理，您承诺补交的材料逾期未交，本机关决定终止办理。您可以备齐材料后重新申请。`,
    overdue: overdue.map((material) => ({
      key: material.key,
      name: material.name,
      due: material.promisedDue,
    })),
  };
}

/** The applicant's commitment when the clerk does not word it otherwise. */
export function defaultCommitmentText(commitments: readonly (Commitment & { name: string })[]): string {
  const list = commitments.map((commitment) => `“${commitment.name}”（${commitment.due}前）`).join('、');
  return `本人承诺在规定日期前补交${list}，并对所提交材料的真实性负责；逾期未补交的，同意终止办理。`;
}
