import { PlayCircleOutlined } from '@ant-design/icons';
import { Form, Input } from 'antd';
import { useT } from '../../../../../common/locale';
import { ClockDialog } from './ClockDialog';
import type { ClockActionProps } from './types';

const messages = {
  button: ['恢复计时', 'Restart the clock'],
  title: ['特别程序结束，恢复计时', 'Special procedure over: restart the clock'],
  note: [
    '恢复后，承诺期限、法定期限和各在办环节的期限按中止的工作日顺延（中止当天不计，恢复当天起算），并短信告知申请人新的日期。',
    'Every deadline of the case and its open steps moves by the working days lost (the day it stopped is lost, today counts), and the applicant is told the new dates.',
  ],
  result: ['特别程序的结果', 'Outcome of the procedure'],
  placeholder: ['如：检验报告已出具，结论合格', 'e.g. test report issued, passed'],
  resultRequired: ['请填写特别程序的结果', 'Record the outcome'],
  submit: ['恢复计时', 'Restart'],
  done: ['已恢复计时，期限已顺延', 'Clock restarted; deadlines moved'],
} as const;

/** 恢复计时 after a special procedure, from the step that stopped the clock. */
export function ResumeDialog(props: ClockActionProps) {
  const t = useT(messages);
  return (
    <ClockDialog<{ note: string }>
      {...props}
      action="resume"
      buttonText={t('button')}
      buttonIcon={<PlayCircleOutlined />}
      title={t('title')}
      submitText={t('submit')}
      successText={t('done')}
      note={t('note')}
    >
      <Form.Item
        name="note"
        label={t('result')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('resultRequired') }]}
      >
        <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 3 }} placeholder={t('placeholder')} />
      </Form.Item>
    </ClockDialog>
  );
}
