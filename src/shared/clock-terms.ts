/**
 * The words of a case's clock in the back office, shared by the server and
 * the web apps: why the clock stops (《行政许可法》第四十五条, and waiting for
 * the applicant's correction), extensions (第四十二条) and the verification
 * requests one department sends another (信息核验).
 */

/** The special procedures whose time does not count toward the limit (第四十五条). */
export const SPECIAL_PROCEDURES = {
  hearing: '听证',
  tender_auction: '招标、拍卖',
  testing: '检验',
  inspection: '检测',
  quarantine: '检疫',
  appraisal: '鉴定',
  expert_review: '专家评审',
} as const;
export type SpecialProcedure = keyof typeof SPECIAL_PROCEDURES;

/** Every reason the clock of a case stops: a special procedure, or waiting for the applicant's correction (补正). */
export const SUSPENSION_KINDS = { ...SPECIAL_PROCEDURES, correction: '申请人补正' } as const;
export type SuspensionKind = keyof typeof SUSPENSION_KINDS;

export const EXTENSION_STATES = {
  requested: '待领导审批',
  approved: '已批准',
  rejected: '未批准',
} as const;
export type ExtensionState = keyof typeof EXTENSION_STATES;

/** 第四十二条: twenty working days, extendable once by ten (joint handling's 45 + 15 is not built yet). */
export const MAX_EXTENSION_DAYS = 10;

export const VERIFICATION_RESULTS = {
  confirmed: '属实',
  not_confirmed: '不属实或无法核实',
} as const;
export type VerificationResult = keyof typeof VERIFICATION_RESULTS;

/** The working days a department has to answer a verification request unless the asker gives others. */
export const DEFAULT_VERIFICATION_DAYS = 3;

/**
 * A deadline counted into a year whose holiday schedule is not loaded yet is an
 * estimate from the statutory holidays (decision 0028): wherever it is shown it
 * carries this note, [Chinese, English].
 */
export const PROVISIONAL_DEADLINE_NOTE = [
  '按法定节假日暂估，待国务院公布安排后自动校正',
  'Estimated from the statutory holidays; corrected automatically once the State Council publishes the holiday schedule',
] as const;
