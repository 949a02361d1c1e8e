/**
 * The vocabulary of cases (办件), with Chinese labels, shared by the server
 * and the web apps.
 */

/**
 * Where a case's life stands; the front office's part ends at accepted, refused or completed.
 * A decided case waits in result_ready until its result reaches the applicant (see DELIVERY_METHODS).
 */
export const CASE_STATUSES = {
  submitted: '已申请，待受理',
  awaiting_materials: '已一次性告知，待补正',
  accepted: '已受理',
  result_ready: '已出结果，待领取或送达',
  completed: '已办结',
  refused: '不予受理',
  terminated: '已终止',
  disapproved: '不予许可',
} as const;
export type CaseStatus = keyof typeof CASE_STATUSES;

export const CASE_CHANNELS = {
  window: '窗口',
  online: '网上（群众端）',
  phone: '电话',
  agent: '代办员代办',
} as const;
export type CaseChannel = keyof typeof CASE_CHANNELS;

/** How an action in the history reached the case: a case's channel, the back office, or the system itself. */
export const EVENT_CHANNELS = { ...CASE_CHANNELS, office: '后台办理', system: '系统自动' } as const;

export const APPLICANT_KINDS = { person: '自然人', enterprise: '法人及其他组织' } as const;
export type ApplicantKind = keyof typeof APPLICANT_KINDS;

/** Which region of the applicant decides the competent (属地) office. */
export const ROUTING_BASES = {
  household: '户籍所在地',
  residence: '居住地',
  registered_address: '住所地',
} as const;
export type RoutingBasis = keyof typeof ROUTING_BASES;

/** The state of one material of the case's item. */
export const MATERIAL_STATES = {
  missing: '缺少',
  provided: '已提交',
  defective: '不符合要求',
  reused_certificate: '电子证照免交',
  reused_material: '材料库复用免交',
  promised: '容缺后补',
  not_applicable: '不适用',
} as const;
export type MaterialState = keyof typeof MATERIAL_STATES;

/** States in which the material counts as supplied for acceptance. */
export const SATISFIED_STATES: readonly MaterialState[] = [
  'provided',
  'reused_certificate',
  'reused_material',
];
/** States a missing-material notice names. */
export const PROBLEM_STATES: readonly MaterialState[] = ['missing', 'defective'];

/** The written documents of intake, each with its number prefix. */
export const DOCUMENT_KINDS = {
  acceptance: { label: '受理通知书', prefix: 'SL' },
  tolerant_acceptance: { label: '容缺受理通知书', prefix: 'RQ' },
  missing_materials: { label: '一次性告知书', prefix: 'BZ' },
  refusal: { label: '不予受理决定书', prefix: 'BY' },
  result: { label: '办结通知书', prefix: 'BJ' },
  termination: { label: '终止办理通知书', prefix: 'ZZ' },
  disapproval: { label: '不予许可决定书', prefix: 'BX' },
  special_procedure: { label: '特别程序告知书', prefix: 'TB' },
  correction_request: { label: '补正通知书', prefix: 'BT' },
  extension: { label: '延长审批期限告知书', prefix: 'YQ' },
  joint_result: { label: '联办办结通知书', prefix: 'LB' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** What the case history records; labels are what the public timeline shows. */
export const CASE_EVENT_KINDS = {
  created: '提交申请',
  routed: '转属地部门办理',
  materials_recorded: '收取材料',
  visit: '申请人到窗口',
  missing_notice_issued: '一次性告知补正材料',
  accepted: '受理',
  accepted_tolerantly: '容缺受理',
  refused: '不予受理',
  completed: '办结',
  commitment_fulfilled: '容缺材料已补齐',
  terminated: '终止办理',
  paper_sent: '纸质材料寄出',
  paper_received: '纸质材料签收',
  step_started: '进入审批环节',
  task_claimed: '签收',
  task_reassigned: '改派',
  step_approved: '审批通过',
  step_returned: '退回重办',
  task_transferred: '转办',
  disapproved: '不予许可',
  deemed_accepted: '逾期未告知补正，视为受理',
  form_corrected: '更正申请表',
  delivery_changed: '变更结果领取方式',
  result_handed_over: '窗口领取结果',
  result_posted: '结果寄出',
  result_signed_for: '结果签收',
  delivery_assigned: '指派网格员送达',
  result_delivered: '网格员送达结果',
  suspended: '中止计时（特别程序）',
  resumed: '恢复计时',
  correction_requested: '退回申请人补正',
  correction_answered: '申请人已补正',
  extension_requested: '申请延长办理期限',
  extension_approved: '延长办理期限',
  extension_rejected: '延期申请未获批准',
  verification_requested: '发起信息核验',
  verification_answered: '信息核验已回复',
  child_closed: '联办子件办结',
  bundle_completed: '联办件全部办结',
  identity_checked: '核验申请人身份',
  deadlines_corrected: '按国务院公布的节假日安排校正办理期限',
} as const;

/** Channels whose applications wait for an intake decision due within five working days (行政许可法 art. 32). */
export const REMOTE_CHANNELS: readonly CaseChannel[] = ['online', 'phone', 'agent'];
export type CaseEventKind = keyof typeof CASE_EVENT_KINDS;

/** How the applicant gets the result; courier only where the item offers it (content.courierDelivery). */
export const DELIVERY_METHODS = {
  window_pickup: '窗口领取',
  courier: '邮政快递送达（免邮费）',
  grid_worker: '网格员送达',
} as const;
export type DeliveryMethod = keyof typeof DELIVERY_METHODS;

/** Who carries a posted result. */
export const CARRIERS = {
  ems: '中国邮政EMS',
  sf: '顺丰速运',
  jd: '京东物流',
  other: '其他快递',
} as const;
export type Carrier = keyof typeof CARRIERS;

/** A waybill number as carriers print them: 8-30 capital letters or digits (spaces are dropped before the check). */
export const TRACKING_NUMBER_PATTERN = /^[A-Z0-9]{8,30}$/;
