/**
 * Why the platform sends a message, with its name as [Chinese, English]: every message the
 * notifier sends carries one of these, so the outbox page can name each one.
 */
export const MESSAGE_PURPOSES = {
  sign_in_code: ['登录验证码', 'Sign-in code'],
  identity_linked: ['身份证号码被绑定通知', 'ID number linked to a phone'],
  case_status: ['办件进度通知', 'Case progress'],
  case_clock: ['办理期限中止与恢复', 'Case clock stopped or restarted'],
  task_assigned: ['新的待办', 'New task'],
  task_copied: ['抄送领导', 'Task copied to leaders'],
  task_due_corrected: ['办理时限校正', 'Task deadline corrected'],
  deadline_warning: ['办理时限预警', 'Deadline warning'],
  correction_answered: ['申请人已补正', 'Correction answered'],
  verification_requested: ['核验请求', 'Verification requested'],
  verification_answered: ['核验回复', 'Verification answered'],
  extension_requested: ['延期申请待审批', 'Extension requested'],
  extension_decided: ['延期审批结果', 'Extension decided'],
} as const satisfies Record<string, readonly [string, string]>;
export type MessagePurpose = keyof typeof MESSAGE_PURPOSES;
