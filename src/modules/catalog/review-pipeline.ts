/**
 * The Ningbo review pipeline of a catalogue version: the department submits, the
 * catalogue office makes a first check, a joint review follows, the department
 * confirms and the version is locked. The two checks must be made by two
 * different people (double cross-check). Any step may return the version to draft.
 */
export type VersionStatus =
  | 'draft'
  | 'submitted'
  | 'first_checked'
  | 'joint_reviewed'
  | 'published'
  | 'superseded';
export type ReviewStep = 'submit' | 'first_check' | 'joint_review' | 'confirm';
export type ReviewDecision = 'pass' | 'return';

export const REVIEW_STEPS: readonly ReviewStep[] = ['submit', 'first_check', 'joint_review', 'confirm'];

const FROM: Record<ReviewStep, VersionStatus> = {
  submit: 'draft',
  first_check: 'submitted',
  joint_review: 'first_checked',
  confirm: 'joint_reviewed',
};
const TO: Record<ReviewStep, VersionStatus> = {
  submit: 'submitted',
  first_check: 'first_checked',
  joint_review: 'joint_reviewed',
  confirm: 'published',
};

export const STATUS_LABELS: Record<VersionStatus, string> = {
  draft: '草稿',
  submitted: '已提交，待初审',
  first_checked: '初审通过，待联审',
  joint_reviewed: '联审通过，待部门确认',
  published: '已发布（锁定）',
  superseded: '已被新版本替代',
};

export const STEP_LABELS: Record<ReviewStep, string> = {
  submit: '部门提交',
  first_check: '目录办初审',
  joint_review: '联合审查',
  confirm: '部门确认',
};

export interface PastReview {
  step: ReviewStep;
  decision: ReviewDecision;
  actorId: string;
}

export type Transition = { allowed: true; next: VersionStatus } | { allowed: false; message: string };

/**
 * Where a version goes when `actorId` takes `step` with `decision`, given the
 * version's reviews so far (oldest first). Submitting is not a review, so it
 * cannot be "returned".
 */
export function reviewTransition(
  status: VersionStatus,
  step: ReviewStep,
  decision: ReviewDecision,
  actorId: string,
  history: readonly PastReview[],
): Transition {
  if (status !== FROM[step]) {
    return {
      allowed: false,
      message: `当前状态为“${STATUS_LABELS[status]}”，不能进行“${STEP_LABELS[step]}”`,
    };
  }
  if (step === 'submit' && decision === 'return') return { allowed: false, message: '提交不能选择退回' };
  if (step === 'joint_review') {
    const firstChecker = currentRoundFirstChecker(history);
    if (firstChecker === actorId) {
      return { allowed: false, message: '联合审查须由初审以外的另一名审核人员进行（双人交叉审核）' };
    }
  }
  return { allowed: true, next: decision === 'pass' ? TO[step] : 'draft' };
}

/** The first-check reviewer since the latest submission. */
function currentRoundFirstChecker(history: readonly PastReview[]): string | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const review = history[i];
    if (!review) continue;
    if (review.step === 'first_check' && review.decision === 'pass') return review.actorId;
    if (review.step === 'submit') return null;
  }
  return null;
}
