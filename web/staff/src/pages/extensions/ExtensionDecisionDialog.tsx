import { Alert, Form, Input } from 'antd';
import { post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { FormDialog } from '../../components/FormDialog';
import { formatDate } from '../../components/format';
import type { ExtensionView } from '../tasks/clock/types';

const messages = {
  approveTitle: ['批准延期', 'Approve the extension'],
  rejectTitle: ['不批准延期', 'Refuse the extension'],
  approveNote: [
    '批准后，办件 {case} 的法定办结期限延长 {n} 个工作日（预计至 {date}），系统出具延长审批期限告知书并告知申请人延期理由。每件只能延期一次。',
    'Case {case}: the legal limit moves by {n} working day(s) (to about {date}); the applicant gets the written notice with the reasons. A case is extended once only.',
  ],
  rejectNote: [
    '不批准时法定期限不变，申请人不会收到通知；申请人员会收到不批准的理由。',
    'The deadline stays; the requester is told your reasons.',
  ],
  opinion: ['审批意见', 'Opinion'],
  reason: ['不批准的理由', 'Reasons'],
  reasonRequired: ['请写明不批准的理由', 'State the reasons'],
  approve: ['批准', 'Approve'],
  reject: ['不批准', 'Refuse'],
  approved: ['已批准，法定期限已顺延', 'Approved; the legal limit moved'],
  rejected: ['已不批准', 'Refused'],
} as const;

/** A leader's decision on one extension request: approve (optional opinion) or refuse (reasons required). */
export function ExtensionDecisionDialog({
  decision,
  onClose,
  onDecided,
}: {
  decision: { extension: ExtensionView; approve: boolean } | null;
  onClose: () => void;
  onDecided: () => void;
}) {
  const t = useT(messages);
  const approve = decision?.approve ?? true;
  const extension = decision?.extension;
  const note = t(approve ? 'approveNote' : 'rejectNote')
    .replace('{case}', extension?.caseNumber ?? '')
    .replace('{n}', String(extension?.workingDays ?? ''))
    .replace(
      '{date}',
      extension?.legalDeadlineIfApproved ? formatDate(extension.legalDeadlineIfApproved) : '—',
    );
  return (
    <FormDialog<{ note?: string }>
      name="extension-decision"
      open={decision !== null}
      variant="modal"
      title={t(approve ? 'approveTitle' : 'rejectTitle')}
      submitText={t(approve ? 'approve' : 'reject')}
      successText={t(approve ? 'approved' : 'rejected')}
      onSubmit={(values) =>
        post(`/api/extensions/${encodeURIComponent(extension?.id ?? '')}/${approve ? 'approve' : 'reject'}`, {
          note: values.note ?? '',
        })
      }
      onSaved={onDecided}
      onClose={onClose}
    >
      <Alert type={approve ? 'info' : 'warning'} showIcon title={note} className="clock-dialog-note" />
      <Form.Item
        name="note"
        label={t(approve ? 'opinion' : 'reason')}
        rules={approve ? [] : [{ required: true, whitespace: true, min: 2, message: t('reasonRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount />
      </Form.Item>
    </FormDialog>
  );
}
