import { Col, Form, Row, Select } from 'antd';
import { ROLES, type Role } from '../../../../../../src/shared/roles';
import { useT } from '../../../../../common/locale';
import { useLabels } from '../../../i18n/useLabels';
import type { useDepartments } from '../useDepartments';
import { useFieldLabels } from './editorParts';
import type { EditorValues } from './editorValues';

const messages = {
  kind: ['办理人类型', 'Handler kind'],
  byRole: ['按角色', 'By role'],
  chiefRep: ['首席代表', 'Chief representative'],
  fixedPerson: ['指定人员（保持原设置）', 'Named person (kept as is)'],
  role: ['办理角色', 'Role'],
  department: ['办理部门', 'Department'],
  anyDepartment: ['不限部门', 'Any department'],
  kindRequired: ['请选择办理人', 'Choose who handles this step'],
  roleRequired: ['请选择办理角色', 'Choose a role'],
  departmentRequired: ['首席代表须指定部门', 'A chief representative needs a department'],
} as const;

/** Roles that handle cases; administrators, supervisors and catalogue staff never do. */
const HANDLING_ROLES = ROLES.filter(
  (role) => !['admin', 'supervisor', 'catalog_editor', 'catalog_reviewer', 'chief_rep'].includes(role),
);

interface StepActorFieldsProps {
  /** The step's index in the workflow list. */
  name: number;
  departments: ReturnType<typeof useDepartments>;
}

/** Who handles a workflow step: a role (optionally in one department) or a department's chief representative. */
export function StepActorFields({ name, departments }: StepActorFieldsProps) {
  const t = useT(messages);
  const f = useFieldLabels();
  const labels = useLabels();
  const actor: NonNullable<EditorValues['workflow']>[number]['actor'] = Form.useWatch([
    'workflow',
    name,
    'actor',
  ]);
  const kinds = [
    { value: 'role', label: t('byRole') },
    { value: 'chief_rep', label: t('chiefRep') },
    ...(actor?.kind === 'fixed_person' ? [{ value: 'fixed_person', label: t('fixedPerson') }] : []),
  ];
  const roles =
    HANDLING_ROLES.includes(actor?.role as Role) || !actor?.role
      ? HANDLING_ROLES
      : [...HANDLING_ROLES, actor.role];
  const departmentOptions = departments.active.map((department) => ({
    value: department.id,
    label: department.name,
  }));

  return (
    <Row gutter={16}>
      <Col xs={24} lg={7}>
        <Form.Item
          label={f.step('actor')}
          name={[name, 'actor', 'kind']}
          rules={[{ required: true, message: t('kindRequired') }]}
        >
          <Select options={kinds} placeholder={t('kind')} />
        </Form.Item>
      </Col>
      {actor?.kind === 'role' && (
        <Col xs={12} lg={7}>
          <Form.Item
            label={t('role')}
            name={[name, 'actor', 'role']}
            rules={[{ required: true, message: t('roleRequired') }]}
          >
            <Select options={roles.map((role) => ({ value: role, label: labels.role(role) }))} />
          </Form.Item>
        </Col>
      )}
      {(actor?.kind === 'role' || actor?.kind === 'chief_rep') && (
        <Col xs={12} lg={actor.kind === 'role' ? 10 : 17}>
          <Form.Item
            label={t('department')}
            name={[name, 'actor', 'departmentId']}
            rules={actor.kind === 'chief_rep' ? [{ required: true, message: t('departmentRequired') }] : []}
          >
            <Select
              allowClear={actor.kind === 'role'}
              placeholder={actor.kind === 'role' ? t('anyDepartment') : undefined}
              showSearch={{ optionFilterProp: 'label' }}
              options={departmentOptions}
            />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
