import { PauseCircleOutlined } from '@ant-design/icons';
import { Form, Input, Select } from 'antd';
import { SPECIAL_PROCEDURES, type SpecialProcedure } from '../../../../../../src/shared/clock-terms';
import { useT } from '../../../../../common/locale';
import { ClockDialog } from './ClockDialog';
import { useClockTerms } from './clockTerms';
import type { ClockActionProps } from './types';

const messages = {
  button: ['中止计时（特别程序）', 'Stop the clock'],
  title: ['中止计时：特别程序', 'Stop the clock for a special procedure'],
  note: [
    '依据《行政许可法》第四十五条，听证、招标拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计入办理期限。系统出具特别程序告知书并短信告知申请人；中止期间本办件不能审批，恢复计时后各项期限按中止的工作日顺延。',
    'Under art. 45 of the Administrative Licensing Law, the time of these procedures does not count. The applicant gets a written notice and an SMS; nothing can be approved meanwhile, and every deadline moves by the working days lost once the clock restarts.',
  ],
  kind: ['特别程序', 'Procedure'],
  kindRequired: ['请选择特别程序', 'Choose the procedure'],
  kindPlaceholder: ['请选择：听证、检验、鉴定……', 'Hearing, testing, appraisal …'],
  noteLabel: ['内容与原因（写入告知书）', 'What and why (goes into the notice)'],
  notePlaceholder: [
    '如：委托省质检院对样品进行检验',
    'e.g. samples sent to the provincial testing institute',
  ],
  noteRequired: ['请说明特别程序的内容', 'Say what the procedure is'],
  submit: ['中止计时并告知申请人', 'Stop and tell the applicant'],
  done: ['已中止计时，已告知申请人', 'Clock stopped; the applicant is told'],
} as const;

interface Values {
  kind: SpecialProcedure;
  note: string;
}

/** 中止 for a special procedure (听证、检验、鉴定 …), with the written notice to the applicant. */
export function SuspendDialog(props: ClockActionProps) {
  const t = useT(messages);
  const terms = useClockTerms();
  return (
    <ClockDialog<Values>
      {...props}
      action="suspend"
      buttonText={t('button')}
      buttonIcon={<PauseCircleOutlined />}
      title={t('title')}
      submitText={t('submit')}
      successText={t('done')}
      note={t('note')}
    >
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('kindRequired') }]}>
        <Select
          placeholder={t('kindPlaceholder')}
          options={Object.keys(SPECIAL_PROCEDURES).map((key) => ({
            value: key,
            label: terms.label('suspension', key),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('noteLabel')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('noteRequired') }]}
      >
        <Input.TextArea
          maxLength={500}
          showCount
          autoSize={{ minRows: 3 }}
          placeholder={t('notePlaceholder')}
        />
      </Form.Item>
    </ClockDialog>
  );
}
