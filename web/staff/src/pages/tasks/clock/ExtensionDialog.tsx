import { FieldTimeOutlined } from '@ant-design/icons';
import { Form, Input, InputNumber } from 'antd';
import { MAX_EXTENSION_DAYS } from '../../../../../../src/shared/clock-terms';
import { useT } from '../../../../../common/locale';
import { ClockDialog } from './ClockDialog';
import type { ClockActionProps } from './types';

const messages = {
  button: ['申请延期', 'Request an extension'],
  title: ['申请延长办理期限', 'Request an extension of the legal limit'],
  note: [
    '依据《行政许可法》第四十二条，不能在法定期限内作出决定的，经本部门负责人批准可延长十个工作日，每件限一次。申请提交后由部门领导在“延期审批”中审批；批准后法定期限顺延，并书面告知申请人延期理由。',
    'Under art. 42, a leader of the department may extend the legal limit once, by ten working days. A leader decides under Extension approvals; once approved the legal deadline moves and the applicant is told the reasons in writing.',
  ],
  days: ['延长的工作日数', 'Working days'],
  reason: ['延期理由（将书面告知申请人）', 'Reasons (told to the applicant in writing)'],
  reasonRequired: ['请写明延期理由（至少5个字）', 'State the reasons (at least 5 characters)'],
  submit: ['提交领导审批', 'Send to a leader'],
  done: ['延期申请已提交，等待部门领导审批', 'Sent; waiting for a department leader'],
} as const;

interface Values {
  workingDays: number;
  reason: string;
}

/** 申请延期: the reasons and days, for a leader of the department to approve. */
export function ExtensionDialog(props: ClockActionProps) {
  const t = useT(messages);
  return (
    <ClockDialog<Values>
      {...props}
      action="extension"
      buttonText={t('button')}
      buttonIcon={<FieldTimeOutlined />}
      title={t('title')}
      submitText={t('submit')}
      successText={t('done')}
      note={t('note')}
      initialValues={{ workingDays: MAX_EXTENSION_DAYS }}
    >
      <Form.Item name="workingDays" label={t('days')} rules={[{ required: true }]}>
        <InputNumber min={1} max={MAX_EXTENSION_DAYS} precision={0} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reason')}
        rules={[{ required: true, whitespace: true, min: 5, message: t('reasonRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
      </Form.Item>
    </ClockDialog>
  );
}
