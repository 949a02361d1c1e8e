import { Form, Input, InputNumber, Select } from 'antd';
import { WINDOW_KINDS, type WindowKind } from '../../../../../src/shared/org-kinds';
import { patch, post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { ServiceWindow } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { useRetainedRecord } from '../../components/useRetained';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';

const messages = {
  ...commonMessages,
  createTitle: ['新增窗口', 'Add window'],
  editTitle: ['编辑窗口', 'Edit window'],
  number: ['窗口号', 'Window number'],
  numberRequired: ['请输入1-999之间的窗口号', 'Enter a number from 1 to 999'],
  name: ['窗口名称', 'Window name'],
  namePlaceholder: ['如：综合受理、企业开办', 'e.g. Comprehensive intake'],
  kind: ['窗口类型', 'Window kind'],
  kindRequired: ['请选择窗口类型', 'Choose a kind'],
} as const;

interface WindowFields {
  number: number;
  name?: string;
  kind: WindowKind;
}

interface WindowFormDialogProps {
  hallId: string;
  editing: ServiceWindow | 'new' | null;
  nextNumber: number;
  onClose: () => void;
  onSaved: () => void;
}

export function WindowFormDialog({ hallId, editing, nextNumber, onClose, onSaved }: WindowFormDialogProps) {
  const t = useT(messages);
  const labels = useLabels();
  const serviceWindow = useRetainedRecord(editing);

  const submit = (values: WindowFields) => {
    const body = { ...values, name: values.name?.trim() ?? '' };
    return serviceWindow
      ? patch(`/api/windows/${serviceWindow.id}`, body)
      : post(`/api/halls/${hallId}/windows`, body);
  };

  return (
    <FormDialog<WindowFields>
      name="window"
      open={editing !== null}
      variant="modal"
      title={serviceWindow ? t('editTitle') : t('createTitle')}
      initialValues={
        serviceWindow
          ? { number: serviceWindow.number, name: serviceWindow.name, kind: serviceWindow.kind }
          : { number: nextNumber, kind: 'comprehensive' }
      }
      successText={serviceWindow ? t('saved') : t('created')}
      onSubmit={submit}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        label={t('number')}
        name="number"
        rules={[{ required: true, type: 'integer', min: 1, max: 999, message: t('numberRequired') }]}
      >
        <InputNumber min={1} max={999} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label={t('name')} name="name">
        <Input maxLength={30} placeholder={t('namePlaceholder')} />
      </Form.Item>
      <Form.Item label={t('kind')} name="kind" rules={[{ required: true, message: t('kindRequired') }]}>
        <Select options={WINDOW_KINDS.map((kind) => ({ value: kind, label: labels.windowKind(kind) }))} />
      </Form.Item>
    </FormDialog>
  );
}
