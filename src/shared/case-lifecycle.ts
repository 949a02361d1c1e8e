import { CASE_STATUSES, type CaseStatus } from './case-terms';

/**
 * The case's lifecycle in one table: every act on a case, who takes it, the
 * statuses it may be taken in and those it leads to. The server's acts check
 * it (requireAct), the case's detail offers what it allows now (`acts`), and
 * the web apps show exactly that. Pure, shared by the server and the web apps.
 */

/** Where a case's life ends: nothing more happens to it. */
export const FINAL_STATUSES: readonly CaseStatus[] = ['completed', 'refused', 'terminated', 'disapproved'];

/** Who takes an act: the window (intake clerk), the back office, the applicant, the delivery, the platform itself. */
export type ActTaker = 'window' | 'office' | 'applicant' | 'delivery' | 'system';

export interface ActRule {
  /** What the act does, as a refusal names it ("不能…"). */
  label: string;
  by: ActTaker;
  from: readonly CaseStatus[];
  /** The statuses it may lead to; empty when it leaves the status as it is. */
  to: readonly CaseStatus[];
  /** A back-office act that needs the case's clock running (not while it is suspended). */
  clock?: true;
}

const INTAKE: readonly CaseStatus[] = ['submitted', 'awaiting_materials'];
const DELIVERING: readonly CaseStatus[] = ['result_ready'];
const DELIVERED: readonly CaseStatus[] = ['result_ready', 'completed'];
const NOT_FINAL = (Object.keys(CASE_STATUSES) as CaseStatus[]).filter((s) => !FINAL_STATUSES.includes(s));

export const CASE_ACTS = {
  // The window's intake (前台受理).
  record_materials: { label: '登记材料', by: 'window', from: [...INTAKE, 'accepted'], to: [] },
  correct_form: { label: '更正申请表', by: 'window', from: INTAKE, to: [] },
  check_identity: { label: '核验申请人身份', by: 'window', from: NOT_FINAL, to: [] },
  missing_notice: { label: '出具一次性告知书', by: 'window', from: INTAKE, to: ['awaiting_materials'] },
  accept: { label: '受理', by: 'window', from: INTAKE, to: ['accepted'] },
  accept_tolerantly: { label: '容缺受理', by: 'window', from: INTAKE, to: ['accepted'] },
  refuse: { label: '作出不予受理决定', by: 'window', from: INTAKE, to: ['refused'] },
  deem_accepted: { label: '视为受理', by: 'system', from: ['submitted'], to: ['accepted'] },
  complete: { label: '当场办结', by: 'window', from: ['accepted'], to: DELIVERED },
  send_paper: { label: '寄出纸质材料', by: 'window', from: ['accepted', ...DELIVERED], to: [] },
  receive_paper: { label: '签收纸质材料', by: 'window', from: ['accepted', ...DELIVERED], to: [] },
  answer_correction: { label: '登记补正', by: 'window', from: ['accepted'], to: [] },
  // The back office (后台审批): its tasks and the case's clock.
  approve: { label: '审批通过', by: 'office', from: ['accepted'], to: DELIVERED, clock: true },
  return: { label: '退回', by: 'office', from: ['accepted'], to: [], clock: true },
  disapprove: {
    label: '作出不予许可决定',
    by: 'office',
    from: ['accepted'],
    to: ['result_ready', 'disapproved'],
    clock: true,
  },
  transfer: { label: '转办', by: 'office', from: ['accepted'], to: [], clock: true },
  claim: { label: '签收', by: 'office', from: ['accepted'], to: [] },
  reassign: { label: '改派', by: 'office', from: ['accepted'], to: [] },
  suspend: { label: '中止计时', by: 'office', from: ['accepted'], to: [], clock: true },
  resume: { label: '恢复计时', by: 'office', from: ['accepted'], to: [] },
  request_correction: { label: '退回申请人补正', by: 'office', from: ['accepted'], to: [], clock: true },
  request_extension: { label: '申请延长办理期限', by: 'office', from: ['accepted'], to: [] },
  decide_extension: { label: '审批延期申请', by: 'office', from: ['accepted'], to: [] },
  ask_verification: { label: '发起信息核验', by: 'office', from: ['accepted'], to: [] },
  answer_verification: { label: '回复信息核验', by: 'office', from: ['accepted'], to: [] },
  // The applicant.
  answer_correction_online: { label: '提交补正', by: 'applicant', from: ['accepted'], to: [] },
  change_delivery: { label: '变更结果领取方式', by: 'applicant', from: NOT_FINAL, to: [] },
  // The result on its way (结果送达).
  hand_over: { label: '登记领取', by: 'delivery', from: DELIVERING, to: ['completed'] },
  post: { label: '登记寄出', by: 'delivery', from: DELIVERING, to: [] },
  sign_for: { label: '登记签收', by: 'delivery', from: DELIVERING, to: ['completed'] },
  assign_delivery: { label: '指派网格员', by: 'delivery', from: DELIVERING, to: [] },
  deliver: { label: '确认送达', by: 'delivery', from: DELIVERING, to: ['completed'] },
  // The platform by itself.
  terminate: { label: '终止办理', by: 'system', from: ['accepted'], to: ['terminated'] },
} as const satisfies Record<string, ActRule>;

export type CaseAct = keyof typeof CASE_ACTS;

/** Whether the table lets the act be taken in the status. */
export function allows(status: CaseStatus, act: CaseAct): boolean {
  return (CASE_ACTS[act].from as readonly CaseStatus[]).includes(status);
}

export const isFinal = (status: CaseStatus) => FINAL_STATUSES.includes(status);

/** Whether the case is still at intake (申请待受理 or 待补正): the window decides on it. */
export const atIntake = (status: CaseStatus) => allows(status, 'accept');

/** What the window needs to know of a case to say which of its acts it may take now. */
export interface WindowFacts {
  status: CaseStatus;
  /** A joint case's parent takes the intake decisions for its bundle; its materials are its children's. */
  jointParent: boolean;
  handlingKind: 'on_the_spot' | 'promised';
  /** An online applicant whose identity a clerk has not checked yet (accepting waits for it). */
  identityUnchecked: boolean;
  /** The materials that may still be asked of the applicant (owedMaterials on the server). */
  owed: readonly { required: boolean }[];
  /** A notice now would tell the applicant something no earlier notice did. */
  noticeTellsNew: boolean;
}

/**
 * The window's acts the rules allow on the case now: the table's statuses,
 * narrowed by the facts each act checks (materials, kind of case). The server
 * refuses every act left out, with its reason; the screens offer only these.
 */
export function windowActs(facts: WindowFacts): CaseAct[] {
  const { status, owed, identityUnchecked } = facts;
  const item = !facts.jointParent;
  const possible: Partial<Record<CaseAct, boolean>> = {
    record_materials: item,
    correct_form: item,
    check_identity: identityUnchecked,
    missing_notice: owed.length > 0 && facts.noticeTellsNew,
    accept: owed.length === 0 && !identityUnchecked,
    accept_tolerantly:
      item &&
      facts.handlingKind === 'promised' &&
      owed.length > 0 &&
      owed.every((material) => !material.required) &&
      !identityUnchecked,
    refuse: true,
    complete: item && facts.handlingKind === 'on_the_spot',
    answer_correction: item,
  };
  return (Object.keys(possible) as CaseAct[]).filter((act) => possible[act] && allows(status, act));
}

/** The back office's acts the case allows now: while its clock stands still, none that needs it running. */
export function officeActs(status: CaseStatus, clockStopped: boolean): CaseAct[] {
  return (Object.keys(CASE_ACTS) as CaseAct[]).filter((act) => {
    const rule: ActRule = CASE_ACTS[act];
    return rule.by === 'office' && allows(status, act) && !(clockStopped && rule.clock);
  });
}

/** The decisions a workflow step offers (catalogue terms), as acts of the lifecycle. */
export const STEP_DECISIONS = { approve: 'approve', return: 'return', refuse: 'disapprove' } as const;
