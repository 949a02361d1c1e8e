import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../common/locale';
import { caseActs } from './caseApi';
import { ItemFormFields } from './ItemFormFields';
import type { CaseActProps } from './useCaseAct';

const messages = {
  correct: ['更正申请表', 'Correct the form'],
  note: [
    '受理前可以当场更正申请表中的错误。保存后办理记录写明改动了哪些字段（不记录字段内容）。',
    'Until the intake decision, mistakes in the form are corrected on the spot. The history names the fields changed (not their values).',
  ],
  save: ['保存更正', 'Save'],
  saved: ['已更正：{fields}', 'Corrected: {fields}'],
} as const;

interface FormValues {
  formData: Record<string, string | undefined>;
}

/** 更正申请表: the whole form in a dialog, saved against the version the clerk saw. */
export function FormCorrection({ detail, windowId, act }: CaseActProps) {
  const t = useT(messages);
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<FormValues>();

  const save = async (values: FormValues) => {
    const formData = Object.fromEntries(
      Object.entries(values.formData ?? {}).map(([key, value]) => [key, value?.trim() ?? '']),
    );
    const reply = await act.run(
      'correct-form',
      () => caseActs.correctForm(detail.id, { version: detail.version, windowId, formData }),
      form,
    );
    if (reply) {
      setOpen(false);
      message.success(t('saved').replace('{fields}', reply.changedFields.join('、')));
    }
  };

  return (
    <>
      <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)}>
        {t('correct')}
      </Button>
      <Modal
        title={t('correct')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('save')}
        confirmLoading={act.busy === 'correct-form'}
        destroyOnHidden
        width={640}
      >
        <Alert type="info" showIcon title={t('note')} className="dialog-note" />
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={{ formData: detail.formData }}
          onFinish={save}
          preserve={false}
        >
          {/* The fields of the item version the case keeps, which the server checks against. */}
          <ItemFormFields fields={detail.formFields} prefilled={false} />
        </Form>
      </Modal>
    </>
  );
}
