import type {
  CaseEventKind,
  CaseStatus,
  DocumentKind,
  MaterialState,
} from '../../../../src/shared/case-terms';
import { type Locale, useLocale } from '../../../common/locale';

/**
 * A case's words as a resident reads them: plain sentences rather than the
 * office's terms (已受理 becomes 正在办理), in Chinese or English.
 */

type Words<K extends string> = Record<K, readonly [string, string]>;

const STATUS: Words<CaseStatus> = {
  submitted: ['已申请，等待窗口受理', 'Applied, waiting to be taken on'],
  awaiting_materials: ['请补齐材料', 'Please bring the missing papers'],
  accepted: ['正在办理', 'Being handled'],
  result_ready: ['办好了，等您拿结果', 'Done: your result is waiting for you'],
  completed: ['已办好', 'Done'],
  refused: ['不予受理', 'Not accepted'],
  terminated: ['已停止办理', 'Stopped'],
  disapproved: ['不予许可', 'Not granted'],
};

const STATUS_HINT: Words<CaseStatus> = {
  submitted: ['工作人员会尽快查看您的申请', 'Staff will look at your application soon'],
  awaiting_materials: [
    '还缺的材料已一次告诉您，补齐后到窗口或在网上交',
    'Everything missing has been listed once; bring it to a window or upload it',
  ],
  accepted: ['材料齐了，部门正在办理', 'Your papers are complete and the office is working on it'],
  result_ready: ['下面写着结果怎么拿', 'How you get it is shown below'],
  completed: ['事情已经办完', 'Your matter is finished'],
  refused: ['原因写在不予受理决定书里', 'The reasons are in the written decision'],
  terminated: ['原因写在终止办理通知书里', 'The reasons are in the written notice'],
  disapproved: [
    '原因和您可以申请复议、起诉的权利写在不予许可决定书里',
    'The reasons and your rights of review and appeal are in the written decision',
  ],
};

/** Colours a glance can tell apart: blue moving, orange waiting on you, green done, grey ended. */
export const STATUS_COLORS: Record<CaseStatus, string> = {
  submitted: '#1558d6',
  awaiting_materials: '#c45500',
  accepted: '#1558d6',
  result_ready: '#1a7f37',
  completed: '#1a7f37',
  refused: '#6b6b6b',
  terminated: '#6b6b6b',
  disapproved: '#6b6b6b',
};

const EVENT: Words<CaseEventKind> = {
  created: ['提交了申请', 'Application made'],
  routed: ['转给负责办理的部门', 'Passed to the office in charge'],
  materials_recorded: ['收下了材料', 'Papers received'],
  visit: ['到窗口办理', 'Came to the window'],
  missing_notice_issued: ['一次告知还缺的材料', 'Told at once everything still missing'],
  accepted: ['受理了，开始办理', 'Accepted, work started'],
  accepted_tolerantly: ['先受理，部分材料后补', 'Accepted, some papers to follow'],
  refused: ['不予受理', 'Not accepted'],
  completed: ['办好了', 'Done'],
  commitment_fulfilled: ['后补的材料交齐了', 'Promised papers all handed in'],
  terminated: ['停止办理', 'Stopped'],
  paper_sent: ['纸质材料寄出', 'Paper originals posted'],
  paper_received: ['纸质材料已收到', 'Paper originals received'],
  step_started: ['到了审批环节', 'Reached a review step'],
  task_claimed: ['工作人员开始审核', 'An officer took it up'],
  task_reassigned: ['换了一位工作人员办理', 'Passed to another officer'],
  step_approved: ['审核通过', 'Step approved'],
  step_returned: ['退回重新审核', 'Sent back for another look'],
  task_transferred: ['转给另一个部门办理', 'Passed to another office'],
  disapproved: ['不予许可', 'Not granted'],
  deemed_accepted: [
    '五个工作日内未告知补正，依法视为受理',
    'No notice within five working days: accepted by law',
  ],
  form_corrected: ['窗口更正了申请表', 'The application form was corrected'],
  delivery_changed: ['改了结果领取方式', 'Changed how to get the result'],
  result_handed_over: ['在窗口领走了结果', 'Result collected at the window'],
  result_posted: ['结果寄出了', 'Result posted'],
  result_signed_for: ['结果已签收', 'Result signed for'],
  delivery_assigned: ['交给网格员送上门', 'Given to the grid worker to bring'],
  result_delivered: ['网格员送到了', 'Brought by the grid worker'],
  suspended: ['需要特别程序，暂停计算办理时间', 'A special procedure; the clock is paused'],
  resumed: ['特别程序结束，继续计时办理', 'Special procedure over; the clock runs again'],
  correction_requested: [
    '请您补正，补正前暂停计时',
    'Please correct something; the clock is paused until you do',
  ],
  correction_answered: ['收到补正，继续办理', 'Correction received; work goes on'],
  extension_requested: ['部门申请延长办理时间', 'The office asked for more time'],
  extension_approved: ['办理时间延长', 'More time granted'],
  extension_rejected: ['延长办理时间未获批准', 'More time not granted'],
  verification_requested: ['请其他部门核实情况', 'Another office asked to check a fact'],
  verification_answered: ['其他部门已核实', 'The other office has checked'],
  child_closed: ['其中一项办好了', 'One of the items is done'],
  bundle_completed: ['全部事项办好了', 'All items done'],
  identity_checked: ['窗口核验了您的身份', 'Your identity was checked at a window'],
  deadlines_corrected: ['办理期限按节假日安排校正', 'Due date corrected to the published holidays'],
};

const DOCUMENT: Words<DocumentKind> = {
  acceptance: ['受理通知书', 'Notice of acceptance'],
  tolerant_acceptance: ['容缺受理通知书', 'Notice of acceptance with papers to follow'],
  missing_materials: ['一次性告知书', 'List of everything missing'],
  refusal: ['不予受理决定书', 'Decision not to accept'],
  result: ['办结通知书', 'Notice of completion'],
  termination: ['终止办理通知书', 'Notice of termination'],
  disapproval: ['不予许可决定书', 'Decision not to grant'],
  special_procedure: ['特别程序告知书', 'Notice of a special procedure'],
  correction_request: ['补正通知书', 'Request to correct'],
  extension: ['延长审批期限告知书', 'Notice of more time'],
  joint_result: ['联办办结通知书', 'Notice of completion of all items'],
};

const MATERIAL: Words<MaterialState> = {
  missing: ['没有交', 'Not handed in'],
  provided: ['已交', 'Handed in'],
  defective: ['不符合要求，需要重交', 'Not as required, hand in again'],
  reused_certificate: ['用电子证照，不用交', 'Electronic licence used, nothing to bring'],
  reused_material: ['用以前交过的，不用交', 'Reused from before, nothing to bring'],
  promised: ['答应后补', 'Promised to bring later'],
  not_applicable: ['不需要', 'Not needed'],
};

const zoned = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', ...options });

export function useCaseTerms() {
  const locale = useLocale();
  const pick = (entry: readonly [string, string]) => entry[locale === 'en-US' ? 1 : 0];
  return {
    status: (status: CaseStatus) => pick(STATUS[status]),
    statusHint: (status: CaseStatus) => pick(STATUS_HINT[status]),
    event: (kind: CaseEventKind) => pick(EVENT[kind]),
    document: (kind: DocumentKind) => pick(DOCUMENT[kind]),
    material: (state: MaterialState) => pick(MATERIAL[state]),
    /** 2026年11月23日 星期一 / Monday, November 23, 2026 (the day in Beijing time). */
    day: (at: string) => {
      const date = zoned(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(at));
      const weekday = zoned(locale, { weekday: 'long' }).format(new Date(at));
      return locale === 'en-US' ? `${weekday}, ${date}` : `${date} ${weekday}`;
    },
    /** 14:05 */
    time: (at: string) =>
      zoned('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(at)),
    /** 2026年11月23日 / 23 November 2026 */
    date: (at: string) =>
      zoned(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(at)),
  };
}
