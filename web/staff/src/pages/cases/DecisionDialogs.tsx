import { Alert, Checkbox, DatePicker, Form, type FormInstance, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useT } from '../../../../common/locale';
import type { MaterialCheck } from './types';

const messages = {
  tolerantTitle: ['容缺受理', 'Accept tolerantly'],
  tolerantNote: [
    '仅次要材料可以容缺；补交日期不得晚于承诺办结时限。申请人须签署书面承诺，逾期未补交的终止办理。',
    'Only secondary materials; the due date may not pass the promised limit. The applicant signs a commitment; overdue means termination.',
  ],
  keys: ['容缺后补的材料（所缺次要材料须全部承诺）', 'Materials to bring later (all missing secondary ones)'],
  keysRequired: ['请至少选择一项容缺材料', 'Pick at least one material'],
  due: ['补交期限', 'Due date'],
  dueRequired: ['请选择补交期限', 'Pick the due date'],
  dueRange: [
    '晚于 {after}，最迟 {until}（承诺时限最后一天）',
    'After {after}, by {until} at the latest (the last day of the promised limit)',
  ],
  commitmentText: ['承诺内容（不填则用标准承诺书文本）', 'Commitment (empty: the standard text)'],
  signed: ['申请人已阅读并签署容缺受理承诺书', 'The applicant has read and signed the commitment'],
  signedRequired: ['须由申请人签署容缺承诺书', 'The applicant must sign the commitment'],
  refuseTitle: ['不予受理', 'Refuse'],
  reasons: ['不予受理理由（每行一条）', 'Reasons (one a line)'],
  reasonsRequired: ['请写明不予受理的理由', 'State the reasons'],
  legalBasis: ['法律依据', 'Legal basis'],
  rights: [
    '决定书将载明：申请人可自收到之日起六十日内申请行政复议，或六个月内提起行政诉讼。',
    'The decision states the rights: administrative review within sixty days, or litigation within six months.',
  ],
  completeTitle: ['当场办结', 'Complete on the spot'],
  resultNumber: ['办理结果编号（如老年优待证号）', 'Result number (e.g. the card number)'],
  note: ['备注', 'Note'],
  ok: ['确定', 'OK'],
} as const;

export interface DialogProps<V> {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (values: V, form: FormInstance<V>) => void;
}

/** The frame of a decision's dialog: a vertical form that submits through the case act (which reports errors). */
export function ActDialog<V>({
  title,
  danger = false,
  children,
  after,
  initialValues,
  ...props
}: DialogProps<V> & {
  title: string;
  danger?: boolean;
  children: ReactNode;
  after?: ReactNode;
  initialValues?: Partial<V>;
}) {
  const t = useT(messages);
  const [form] = Form.useForm<V>();
  return (
    <Modal
      title={title}
      open={props.open}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      okText={t('ok')}
      okButtonProps={{ danger }}
      confirmLoading={props.busy}
      destroyOnHidden
    >
      <Form<V>
        form={form}
        layout="vertical"
        onFinish={(values) => props.onSubmit(values, form)}
        preserve={false}
        initialValues={initialValues}
      >
        {children}
      </Form>
      {after}
    </Modal>
  );
}

export interface TolerantValues {
  keys: string[];
  due: Dayjs;
  commitmentText?: string;
  signed: boolean;
}

/** Dates after `after` up to `until` (yyyy-mm-dd), as the server will take them; none when tolerance is not possible. */
const outside = (range: MaterialCheck['toleranceDue']) => (day: Dayjs) => {
  const date = day.format('YYYY-MM-DD');
  return range === null || date <= range.after || date > range.until;
};

/** Every secondary material still owed is committed (the server accepts nothing less), by a date the rule allows. */
export function TolerantDialog({ check, ...props }: DialogProps<TolerantValues> & { check: MaterialCheck }) {
  const t = useT(messages);
  const secondary = check.problems.filter((problem) => !problem.required);
  const range = check.toleranceDue;
  return (
    <ActDialog<TolerantValues> title={t('tolerantTitle')} {...props}>
      <Alert type="info" showIcon title={t('tolerantNote')} className="dialog-note" />
      <Form.Item
        name="keys"
        label={t('keys')}
        initialValue={secondary.map((problem) => problem.key)}
        rules={[{ required: true, message: t('keysRequired') }]}
      >
        <Checkbox.Group
          disabled
          options={secondary.map((problem) => ({ value: problem.key, label: problem.name }))}
        />
      </Form.Item>
      <Form.Item
        name="due"
        label={t('due')}
        extra={range && t('dueRange').replace('{after}', range.after).replace('{until}', range.until)}
        rules={[{ required: true, message: t('dueRequired') }]}
      >
        <DatePicker disabledDate={outside(range)} />
      </Form.Item>
      <Form.Item name="commitmentText" label={t('commitmentText')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item
        name="signed"
        valuePropName="checked"
        rules={[
          {
            validator: (_, value) =>
              value ? Promise.resolve() : Promise.reject(new Error(t('signedRequired'))),
          },
        ]}
      >
        <Checkbox>{t('signed')}</Checkbox>
      </Form.Item>
    </ActDialog>
  );
}

export interface RefuseValues {
  reasons: string;
  legalBasis?: string;
}

export function RefuseDialog(props: DialogProps<RefuseValues>) {
  const t = useT(messages);
  return (
    <ActDialog<RefuseValues>
      title={t('refuseTitle')}
      danger
      after={<Alert type="warning" showIcon title={t('rights')} />}
      {...props}
    >
      <Form.Item
        name="reasons"
        label={t('reasons')}
        rules={[{ required: true, message: t('reasonsRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('legalBasis')}>
        <Input maxLength={500} />
      </Form.Item>
    </ActDialog>
  );
}

export interface CompleteValues {
  resultNumber?: string;
  note?: string;
}

export function CompleteDialog(props: DialogProps<CompleteValues>) {
  const t = useT(messages);
  return (
    <ActDialog<CompleteValues> title={t('completeTitle')} {...props}>
      <Form.Item name="resultNumber" label={t('resultNumber')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </ActDialog>
  );
}
