import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { DEPARTMENT_KINDS, type DepartmentKind } from '../../../../../src/shared/org-kinds';
import { hasPermission } from '../../../../../src/shared/roles';
import { patch } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { Department, Items } from '../../api/types';
import { useApi, withQuery } from '../../api/useApi';
import { ActiveTag } from '../../components/ActiveTag';
import { ActiveToggle } from '../../components/ActiveToggle';
import { fillCount } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { RegionTreeSelect } from '../../components/RegionTreeSelect';
import { commonMessages } from '../../i18n/commonMessages';
import { REGION_LEVEL_COLORS, useLabels } from '../../i18n/useLabels';
import { useStaffUser } from '../../session/SessionProvider';
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
  const user = useStaffUser();
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
  const canManage = (code: string) => hasPermission(user.grants, 'org.manage', code);

  const columns: TableColumnsType<Department> = [
    { title: t('name'), dataIndex: 'name' },
    {
      title: t('kind'),
      dataIndex: 'kind',
      width: 150,
      render: (value: DepartmentKind) => <Tag color="blue">{labels.departmentKind(value)}</Tag>,
    },
    {
      title: t('level'),
      dataIndex: 'level',
      width: 120,
      render: (level: Department['level']) => (
        <Tag color={REGION_LEVEL_COLORS[level]}>{labels.regionLevel(level)}</Tag>
      ),
    },
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
    {
      title: t('status'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) => <ActiveTag active={active} />,
    },
    {
      title: t('actions'),
      key: 'actions',
      width: 110,
      render: (_, department) =>
        canManage(department.regionCode) && (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(department)}>
              {t('edit')}
            </Button>
            <ActiveToggle
              active={department.active}
              onToggle={(active) => patch(`/api/departments/${department.id}`, { active })}
              onDone={reload}
            />
          </Space>
        ),
    },
  ];

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={
        user.permissions.includes('org.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('addDepartment')}
          </Button>
        )
      }
      toolbar={
        <>
          <RegionTreeSelect
            allowClear
            allowInactive
            value={regionCode}
            onChange={setRegionCode}
            placeholder={t('allRegions')}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            value={kind}
            onChange={setKind}
            placeholder={t('allKinds')}
            options={DEPARTMENT_KINDS.map((value) => ({ value, label: labels.departmentKind(value) }))}
            style={{ width: 200 }}
          />
          <Input.Search
            allowClear
            placeholder={t('keyword')}
            onChange={(event) => setKeyword(event.target.value)}
            style={{ width: 260 }}
          />
        </>
      }
    >
      <Table<Department>
        rowKey="id"
        size="middle"
        columns={
          // Read-only users get no empty 操作 column.
          user.permissions.includes('org.manage')
            ? columns
            : columns.filter((column) => column.key !== 'actions')
        }
        dataSource={shown}
        loading={loading}
        pagination={{
          pageSize: 15,
          showTotal: (total) => fillCount(t('totalOf'), total),
          hideOnSinglePage: true,
        }}
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
