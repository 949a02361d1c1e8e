import { Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { DEPARTMENT_KINDS, type DepartmentKind } from '../../../../../src/shared/org-kinds';
import { patch } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { Department, Items } from '../../api/types';
import { useApi, withQuery } from '../../api/useApi';
import { AddButton } from '../../components/AddButton';
import { ChoiceFilter, KeywordFilter, RegionFilter } from '../../components/ListFilters';
import { PageSection } from '../../components/PageSection';
import { useListPagination } from '../../components/pagination';
import { RowActions } from '../../components/RowActions';
import { activeColumn, regionLevelColumn, withActionsIf } from '../../components/tableColumns';
import { useOrgManagement } from '../../components/useOrgManagement';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';
import { DepartmentFormDialog } from './DepartmentFormDialog';

const messages = {
  ...commonMessages,
  title: ['部门管理', 'Departments'],
  description: [
    '区级职能部门、街道便民服务中心与社区便民服务站。',
    'District departments, street service centers and community stations.',
  ],
  addDepartment: ['新增部门', 'Add department'],
  name: ['部门名称', 'Department'],
  kind: ['类型', 'Kind'],
  allKinds: ['全部类型', 'All kinds'],
  keyword: ['按名称或信用代码搜索', 'Search by name or credit code'],
  creditCode: ['统一社会信用代码', 'Credit code'],
} as const;

export function DepartmentsPage() {
  const t = useT(messages);
  const labels = useLabels();
  const { canManageSome, canManage } = useOrgManagement();
  const pagination = useListPagination(15);
  const [regionCode, setRegionCode] = useState<string>();
  const [kind, setKind] = useState<DepartmentKind>();
  const [keyword, setKeyword] = useState('');
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const { data, loading, reload } = useApi<Items<Department>>(withQuery('/api/departments', { regionCode }));

  const needle = keyword.trim().toUpperCase();
  const shown = (data?.items ?? []).filter(
    (department) =>
      (!kind || department.kind === kind) &&
      (!needle || department.name.toUpperCase().includes(needle) || department.creditCode?.includes(needle)),
  );

  const columns: TableColumnsType<Department> = [
    { title: t('name'), dataIndex: 'name' },
    {
      title: t('kind'),
      dataIndex: 'kind',
      width: 150,
      render: (value: DepartmentKind) => <Tag color="blue">{labels.departmentKind(value)}</Tag>,
    },
    regionLevelColumn(t('level'), 120, labels.regionLevel),
    { title: t('region'), dataIndex: 'regionName', width: 110 },
    {
      title: t('creditCode'),
      dataIndex: 'creditCode',
      width: 190,
      render: (code: string | null) => (code ? <code>{code}</code> : t('none')),
    },
    {
      title: t('phone'),
      dataIndex: 'phone',
      width: 130,
      render: (phone: string | null) => phone ?? t('none'),
    },
    activeColumn(t('status'), 90),
    {
      title: t('actions'),
      key: 'actions',
      width: 110,
      render: (_, department) =>
        canManage(department.regionCode) && (
          <RowActions
            active={department.active}
            onEdit={() => setEditing(department)}
            onToggle={(active) => patch(`/api/departments/${department.id}`, { active })}
            onToggled={reload}
          />
        ),
    },
  ];

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={canManageSome && <AddButton onClick={() => setEditing('new')}>{t('addDepartment')}</AddButton>}
      toolbar={
        <>
          <RegionFilter value={regionCode} onChange={setRegionCode} width={240} />
          <ChoiceFilter
            value={kind}
            onChange={setKind}
            placeholder={t('allKinds')}
            options={DEPARTMENT_KINDS.map((value) => ({ value, label: labels.departmentKind(value) }))}
            width={200}
          />
          <KeywordFilter placeholder={t('keyword')} onChange={setKeyword} width={260} />
        </>
      }
    >
      <Table<Department>
        rowKey="id"
        size="middle"
        columns={withActionsIf(canManageSome, columns)}
        dataSource={shown}
        loading={loading}
        pagination={pagination}
      />
      <DepartmentFormDialog
        editing={editing}
        defaultRegionCode={regionCode}
        onClose={() => setEditing(null)}
        onSaved={reload}
      />
    </PageSection>
  );
}
