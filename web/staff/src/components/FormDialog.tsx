import { App, Button, Drawer, Flex, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useT } from '../../../common/locale';
import { useReportError } from '../api/useReportError';
import { commonMessages } from '../i18n/commonMessages';

interface FormDialogProps<Values, Result> {
  /** Unique on the page: it prefixes the field ids that labels point at. */
  name: string;
  open: boolean;
  title: ReactNode;
  /** Drawers for record forms, modals for short one-off actions. */
  variant?: 'drawer' | 'modal';
  width?: number;
  initialValues?: Partial<Values>;
  submitText?: string;
  successText: string;
  onSubmit: (values: Values) => Promise<Result>;
  onClose: () => void;
  /** Called with the server's reply after a successful submit, before the dialog closes. */
  onSaved?: (result: Result) => void;
  /** For fields that must follow others, e.g. clearing the department when the region changes. */
  onValuesChange?: (changed: Partial<Values>, form: FormInstance<Values>) => void;
  /** Receives the form so fields can depend on each other. */
  children: ReactNode | ((form: FormInstance<Values>) => ReactNode);
}

type DialogFormProps<Values, Result> = Omit<
  FormDialogProps<Values, Result>,
  'open' | 'title' | 'variant' | 'width'
> & {
  onSavingChange: (saving: boolean) => void;
};

/**
 * Lives only while the dialog is open, so every opening gets a fresh form
 * filled from the current initial values, and closed dialogs leave no fields
 * behind for labels and locators to trip over.
 */
function DialogForm<Values, Result>({
  name,
  initialValues,
  successText,
  onSubmit,
  onClose,
  onSaved,
  onValuesChange,
  onSavingChange,
  children,
}: DialogFormProps<Values, Result>) {
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();

  const submit = async (values: Values) => {
    onSavingChange(true);
    try {
      const result = await onSubmit(values);
      message.success(successText);
      onSaved?.(result);
      onClose();
    } catch (error) {
      reportError(error, form);
    } finally {
      onSavingChange(false);
    }
  };

  return (
    <Form<Values>
      name={name}
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      onValuesChange={(changed) => onValuesChange?.(changed, form)}
      scrollToFirstError
    >
      {typeof children === 'function' ? children(form) : children}
    </Form>
  );
}

/**
 * The one create/edit form pattern of the app: a vertical form in a drawer or
 * modal that submits, shows the server's field problems in place, and closes on success.
 */
export function FormDialog<Values, Result = unknown>({
  open,
  title,
  variant = 'drawer',
  width,
  submitText,
  ...formProps
}: FormDialogProps<Values, Result>) {
  const t = useT(commonMessages);
  const [saving, setSaving] = useState(false);

  const body = <DialogForm<Values, Result> {...formProps} onSavingChange={setSaving} />;
  const footer = (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={formProps.onClose}>{t('cancel')}</Button>
      <Button type="primary" htmlType="submit" form={formProps.name} loading={saving}>
        {submitText ?? t('save')}
      </Button>
    </Flex>
  );

  const frame = { open, title, footer, destroyOnHidden: true };
  const size = width ?? 520;
  return variant === 'modal' ? (
    <Modal {...frame} width={size} onCancel={formProps.onClose}>
      {body}
    </Modal>
  ) : (
    <Drawer {...frame} size={size} onClose={formProps.onClose}>
      {body}
    </Drawer>
  );
}
