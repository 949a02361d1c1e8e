import { Alert, Form, Input } from 'antd';
import { post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { FormDialog } from '../../components/FormDialog';
import { useRetained } from '../../components/useRetained';
import type { StatusChange } from './types';

const messages = {
  suspend: ['暂停使用', 'Suspend'],
  reinstate: ['恢复使用', 'Reinstate'],
  revoke: ['撤销证照', 'Revoke'],
  suspendNote: [
    '暂停期间扫码核验显示“已暂停”，可随时恢复使用。',
    'While suspended, a scan shows “Suspended”; it can be reinstated.',
  ],
  reinstateNote: ['恢复后扫码核验重新显示“有效”。', 'After reinstatement, a scan shows “Valid” again.'],
  revokeNote: [
    '撤销后不可恢复，扫码核验将显示“已撤销”。',
    'Revocation is final; a scan will show “Revoked”.',
  ],
  reason: ['原因', 'Reason'],
  reasonPlaceholder: [
    '如：证件挂失、已换领新证、依法撤销许可',
    'e.g. reported lost, replaced, licence withdrawn',
  ],
  reasonRequired: ['请写明原因（至少2个字）', 'Give the reason (at least 2 characters)'],
  done: ['已完成', 'Done'],
} as const;

interface StatusChangeDialogProps {
  certificateId: string;
  change: StatusChange | null;
  onClose: () => void;
  onChanged: () => void;
}

/** Suspend, reinstate or revoke: always with a reason, which goes into the certificate's history. */
export function StatusChangeDialog({
  certificateId,
  change: subject,
  onClose,
  onChanged,
}: StatusChangeDialogProps) {
  const t = useT(messages);
  const change = useRetained(subject) ?? 'suspend';
  return (
    <FormDialog<{ reason: string }>
      name="certificate-status-change"
      variant="modal"
      open={subject !== null}
      title={t(change)}
      submitText={t(change)}
      successText={t('done')}
      onSubmit={({ reason }) => post(`/api/certificates/${certificateId}/status-changes`, { change, reason })}
      onClose={onClose}
      onSaved={onChanged}
    >
      <Alert type={change === 'revoke' ? 'warning' : 'info'} showIcon title={t(`${change}Note`)} />
      <Form.Item
        label={t('reason')}
        name="reason"
        style={{ marginTop: 16 }}
        rules={[{ required: true, whitespace: true, min: 2, message: t('reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('reasonPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
