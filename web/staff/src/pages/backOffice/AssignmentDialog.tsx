import { Form, Select } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { AssignmentBody, StepChoice } from '../../../../../src/modules/workflow/settings/schemas';
import { post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { FormDialog } from '../../components/FormDialog';
import { RegionTreeSelect } from '../../components/RegionTreeSelect';
import { ItemPicker } from '../cases/ItemPicker';

type Step = z.infer<typeof StepChoice>;

const messages = {
  title: ['新增指定办理人', 'Name a handler'],
  item: ['事项', 'Item'],
  step: ['办理环节', 'Step'],
  stepHelp: ['取自该事项已发布的办理流程', 'From the item’s published workflow'],
  office: ['受理机构', 'Initiating office'],
  officeHelp: [
    '按受理地匹配：在该区划的服务大厅受理的办件，以及该街道群众网上、代办申请的办件',
    'Matched by intake region: cases taken at that region’s halls, and online or agent applications of that street',
  ],
  person: ['办理人', 'Handler'],
  personHelp: [
    '在该环节部门（或其对应的其他街道、区县部门）持有该环节角色的在岗人员',
    'Active staff holding the step’s role in its department or a counterpart',
  ],
  pickItem: ['请选择事项', 'Choose an item'],
  pickStep: ['请选择办理环节', 'Choose a step'],
  pickOffice: ['请选择受理机构', 'Choose the initiating office'],
  pickPerson: ['请选择办理人', 'Choose the handler'],
  noCandidates: ['该环节没有您可指定的人员', 'Nobody you may name for this step'],
  saved: ['已指定', 'Handler named'],
} as const;

interface Props {
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** Item → its published steps → initiating office → a person who may act on the step. */
export function AssignmentDialog({ open, onClose, onSaved }: Props) {
  const t = useT(messages);
  const [itemId, setItemId] = useState<string>();
  const [stepKey, setStepKey] = useState<string>();
  const steps = useApi<{ items: Step[] }>(itemId ? `/api/back-office/items/${itemId}/steps` : null);
  const step = steps.data?.items.find((one) => one.key === stepKey);
  const close = () => {
    setItemId(undefined);
    setStepKey(undefined);
    onClose();
  };

  return (
    <FormDialog<AssignmentBody, { id: string }>
      name="step-assignment"
      open={open}
      title={t('title')}
      successText={t('saved')}
      onSubmit={(values) => post('/api/back-office/assignments', values)}
      onSaved={onSaved}
      onClose={close}
      onValuesChange={(changed, form) => {
        if ('itemId' in changed) {
          setItemId(changed.itemId);
          setStepKey(undefined);
          form.setFieldsValue({ stepKey: undefined, staffId: undefined });
        }
        if ('stepKey' in changed) {
          setStepKey(changed.stepKey);
          form.setFieldsValue({ staffId: undefined });
        }
      }}
    >
      <Form.Item name="itemId" label={t('item')} rules={[{ required: true, message: t('pickItem') }]}>
        <ItemPicker />
      </Form.Item>
      <Form.Item
        name="stepKey"
        label={t('step')}
        extra={t('stepHelp')}
        rules={[{ required: true, message: t('pickStep') }]}
      >
        <Select
          disabled={!itemId}
          loading={steps.loading}
          options={(steps.data?.items ?? []).map((one) => ({
            value: one.key,
            label: `${one.name}（${one.departmentName}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="intakeRegionCode"
        label={t('office')}
        extra={t('officeHelp')}
        rules={[{ required: true, message: t('pickOffice') }]}
      >
        <RegionTreeSelect />
      </Form.Item>
      <Form.Item
        name="staffId"
        label={t('person')}
        extra={t('personHelp')}
        rules={[{ required: true, message: t('pickPerson') }]}
      >
        <Select
          disabled={!step}
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent={t('noCandidates')}
          options={(step?.candidates ?? []).map((person) => ({
            value: person.id,
            label: `${person.name}（${person.departmentName}）`,
          }))}
        />
      </Form.Item>
    </FormDialog>
  );
}
