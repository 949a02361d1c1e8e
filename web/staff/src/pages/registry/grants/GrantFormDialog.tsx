import { AutoComplete, Checkbox, Form, Radio } from 'antd';
import type { SubjectKind } from '../../../../../../src/shared/registry-fields';
import type { Role } from '../../../../../../src/shared/roles';
import { ApiError, post } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import { DepartmentSelect } from '../../../components/DepartmentSelect';
import { FormDialog } from '../../../components/FormDialog';
import { useLabels } from '../../../i18n/useLabels';
import { FieldChecklist } from './FieldChecklist';
import { REGISTRY_READER_ROLES, SUBJECT_KIND_LABELS } from './types';

const messages = {
  title: ['新增数据共享授权', 'Grant data access'],
  submit: ['授权', 'Grant'],
  granted: ['已授权', 'Access granted'],
  department: ['授权部门', 'Department'],
  departmentRequired: ['请选择授权部门', 'Choose a department'],
  kind: ['查阅对象', 'Records of'],
  purpose: ['查阅目的', 'Purpose'],
  purposePlaceholder: ['选择或输入，如：行政审批受理', 'Choose or type, e.g. 行政审批受理'],
  purposeRequired: ['请填写查阅目的（至少2个字）', 'Enter a purpose (2+ characters)'],
  purposeHint: [
    '该部门工作人员每次查阅都须选择这个目的，群众能在手机上看到。',
    "The department's staff name this purpose on every read; residents see it on their phones.",
  ],
  fields: ['可查阅字段', 'Fields they may read'],
  fieldsRequired: ['请至少选择一个字段', 'Choose at least one field'],
  roles: ['可查阅岗位', 'Roles that may read'],
  rolesRequired: ['请至少选择一个岗位', 'Choose at least one role'],
  rolesHint: [
    '只勾选工作确实需要以这个目的查阅的岗位；本部门其他岗位（如网格员）不能借此授权查阅。',
    "Tick only the roles whose work needs this purpose; the department's other roles (a grid worker, say) cannot read under it.",
  ],
  fieldsHint: [
    '只勾选办理业务确实需要的字段；未勾选的字段对该部门不显示。',
    'Tick only what the work needs; fields left unticked stay hidden from the department.',
  ],
} as const;

/** Purposes offered while typing; any other wording may be entered. */
const SUGGESTED_PURPOSES = ['综合窗口受理', '行政审批受理', '数据治理'];

interface GrantFields {
  departmentId: string;
  subjectKind: SubjectKind;
  purpose: string;
  fields: string[];
  roles: Role[];
}

interface GrantFormDialogProps {
  open: boolean;
  /** Purposes already granted somewhere, offered alongside the suggestions. */
  knownPurposes: string[];
  onClose: () => void;
  onSaved: () => void;
}

/** 新增授权: a department may read the chosen fields of persons or businesses for one purpose. */
export function GrantFormDialog({ open, knownPurposes, onClose, onSaved }: GrantFormDialogProps) {
  const t = useT(messages);
  const kinds = useT(SUBJECT_KIND_LABELS);
  const labels = useLabels();
  const purposes = [...new Set([...SUGGESTED_PURPOSES, ...knownPurposes])];

  const submit = async (values: GrantFields) => {
    try {
      return await post('/api/registry/grants', values);
    } catch (error) {
      // A duplicate is about the purpose: say so under that field, not only in a toast.
      if (error instanceof ApiError && error.code === 'GRANT_EXISTS') {
        throw new ApiError(error.status, error.code, error.message, [
          { field: 'purpose', label: t('purpose'), message: error.message },
        ]);
      }
      throw error;
    }
  };

  return (
    <FormDialog<GrantFields>
      name="data-grant"
      open={open}
      width={640}
      title={t('title')}
      initialValues={{ subjectKind: 'person', fields: [], roles: [] }}
      submitText={t('submit')}
      successText={t('granted')}
      onSubmit={submit}
      onClose={onClose}
      onSaved={onSaved}
      onValuesChange={(changed, form) => {
        if ('subjectKind' in changed) form.setFieldValue('fields', []);
      }}
    >
      <Form.Item
        label={t('department')}
        name="departmentId"
        rules={[{ required: true, message: t('departmentRequired') }]}
      >
        <DepartmentSelect regionCode={null} />
      </Form.Item>
      <Form.Item label={t('kind')} name="subjectKind">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={(['person', 'enterprise'] as const).map((kind) => ({ value: kind, label: kinds(kind) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('purpose')}
        name="purpose"
        extra={t('purposeHint')}
        rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('purposeRequired') }]}
      >
        <AutoComplete
          placeholder={t('purposePlaceholder')}
          options={purposes.map((purpose) => ({ value: purpose }))}
          showSearch={{
            filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()),
          }}
        />
      </Form.Item>
      <Form.Item
        label={t('roles')}
        name="roles"
        extra={t('rolesHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('rolesRequired') }]}
      >
        <Checkbox.Group
          options={REGISTRY_READER_ROLES.map((role) => ({ value: role, label: labels.role(role) }))}
        />
      </Form.Item>
      <Form.Item label={t('fields')} extra={t('fieldsHint')} dependencies={['subjectKind']} required>
        {(form) => (
          <Form.Item
            noStyle
            name="fields"
            rules={[{ required: true, type: 'array', min: 1, message: t('fieldsRequired') }]}
          >
            <FieldChecklist kind={form.getFieldValue('subjectKind')} />
          </Form.Item>
        )}
      </Form.Item>
    </FormDialog>
  );
}
