import { RollbackOutlined } from '@ant-design/icons';
import { Form, Input } from 'antd';
import { useT } from '../../../../../common/locale';
import { ClockDialog } from './ClockDialog';
import type { ClockActionProps } from './types';

const messages = {
  button: ['退回申请人补正', 'Ask the applicant to correct'],
  title: ['退回申请人补正', 'Return to the applicant for correction'],
  note: [
    '请一次列明需要补正的全部内容。补正期间停止计时；申请人在群众端“办事进度”中提交，或到任一窗口提交后，自动恢复计时、期限顺延。系统出具补正通知书并短信告知申请人。',
    'List everything to correct at once. The clock stops until the applicant answers in the app or at any window; then it restarts and the deadlines move. The applicant gets a written notice and an SMS.',
  ],
  corrections: ['需要补正的内容（每行一项）', 'What to correct (one a line)'],
  placeholder: [
    '如：\n补交近三个月的收入证明\n户口簿地址与申请表不一致，请书面说明',
    'e.g.\nIncome proof of the last three months\nExplain why the address differs from the household register',
  ],
  correctionsRequired: ['请列出需要补正的内容', 'List what to correct'],
  explanation: ['给申请人的说明（选填）', 'Explanation for the applicant (optional)'],
  submit: ['退回补正并告知申请人', 'Return and tell the applicant'],
  done: ['已退回申请人补正，计时已停止', 'Returned for correction; the clock has stopped'],
} as const;

interface Values {
  corrections: string;
  note?: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** 退回申请人补正: one complete list; the clock waits for the applicant's answer. */
export function CorrectionDialog(props: ClockActionProps) {
  const t = useT(messages);
  return (
    <ClockDialog<Values>
      {...props}
      action="correction"
      buttonText={t('button')}
      buttonIcon={<RollbackOutlined />}
      title={t('title')}
      submitText={t('submit')}
      successText={t('done')}
      note={t('note')}
      toBody={(values) => ({ corrections: lines(values.corrections), note: values.note ?? '' })}
    >
      <Form.Item
        name="corrections"
        label={t('corrections')}
        rules={[{ required: true, whitespace: true, message: t('correctionsRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 4 }} maxLength={4000} placeholder={t('placeholder')} />
      </Form.Item>
      <Form.Item name="note" label={t('explanation')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} showCount />
      </Form.Item>
    </ClockDialog>
  );
}
