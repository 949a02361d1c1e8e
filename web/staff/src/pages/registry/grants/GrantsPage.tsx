import { Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../../common/locale';
import type { Items } from '../../../api/types';
import { useApi } from '../../../api/useApi';
import { AddButton } from '../../../components/AddButton';
import { formatDateTime } from '../../../components/format';
import { ChoiceFilter } from '../../../components/ListFilters';
import { PageSection } from '../../../components/PageSection';
import { useListPagination } from '../../../components/pagination';
import { commonMessages } from '../../../i18n/commonMessages';
import { useLabels } from '../../../i18n/useLabels';
import { GrantedFields } from './GrantedFields';
import { GrantFormDialog } from './GrantFormDialog';
import { RevokeGrantButton } from './RevokeGrantButton';
import { type DataGrant, SUBJECT_KIND_LABELS } from './types';
import './grants.css';

const messages = {
  ...commonMessages,
  title: ['数据共享授权', 'Data-sharing grants'],
  description: [
    '各部门按办事目的查阅人口与法人库的哪些字段；没有授权的字段不显示，每次查阅都留痕，群众可在手机上查看。',
    'Which registry fields each department may read, and for what purpose. Fields without a grant stay hidden; every read is logged and residents can see it on their phones.',
  ],
  addGrant: ['新增授权', 'Grant access'],
  department: ['部门', 'Department'],
  allDepartments: ['全部部门', 'All departments'],
  allStatuses: ['全部状态', 'All statuses'],
  kind: ['对象', 'Records of'],
  purpose: ['查阅目的', 'Purpose'],
  fields: ['可查阅字段', 'Fields'],
  roles: ['可查阅岗位', 'Roles that may read'],
  grantedBy: ['授权人 / 时间', 'Granted by / at'],
  live: ['有效', 'In force'],
  revoked: ['已撤回', 'Withdrawn'],
} as const;

type GrantStatus = 'live' | 'revoked';

export function GrantsPage() {
  const t = useT(messages);
  const kinds = useT(SUBJECT_KIND_LABELS);
  const labels = useLabels();
  const pagination = useListPagination(15);
  const [departmentId, setDepartmentId] = useState<string>();
  const [status, setStatus] = useState<GrantStatus>();
  const [adding, setAdding] = useState(false);
  const { data, loading, reload } = useApi<Items<DataGrant>>('/api/registry/grants');

  const grants = data?.items ?? [];
  const departments = [...new Map(grants.map((grant) => [grant.department_id, grant.department_name]))]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  const shown = grants.filter(
    (grant) =>
      (!departmentId || grant.department_id === departmentId) &&
      (!status || (grant.revoked_at === null) === (status === 'live')),
  );

  const columns: TableColumnsType<DataGrant> = [
    { title: t('department'), dataIndex: 'department_name', width: 190 },
    {
      title: t('kind'),
      dataIndex: 'subject_kind',
      width: 96,
      render: (kind: DataGrant['subject_kind']) => (
        <Tag color={kind === 'person' ? 'blue' : 'purple'}>{kinds(kind)}</Tag>
      ),
    },
    { title: t('purpose'), dataIndex: 'purpose', width: 140 },
    {
      title: t('roles'),
      key: 'roles',
      width: 150,
      render: (_, grant) => grant.roles.map((role) => <Tag key={role}>{labels.role(role)}</Tag>),
    },
    {
      title: t('fields'),
      key: 'fields',
      render: (_, grant) => <GrantedFields kind={grant.subject_kind} fields={grant.fields} />,
    },
    {
      title: t('grantedBy'),
      key: 'granted',
      width: 170,
      render: (_, grant) => (
        <>
          <div>{grant.granted_by_name}</div>
          <div className="table-note">{formatDateTime(grant.granted_at)}</div>
        </>
      ),
    },
    {
      title: t('status'),
      key: 'status',
      width: 170,
      render: (_, grant) =>
        grant.revoked_at === null ? (
          <Tag color="success">{t('live')}</Tag>
        ) : (
          <>
            <Tag>{t('revoked')}</Tag>
            <div className="table-note">{formatDateTime(grant.revoked_at)}</div>
          </>
        ),
    },
    {
      title: t('actions'),
      key: 'actions',
      width: 80,
      render: (_, grant) => grant.revoked_at === null && <RevokeGrantButton grant={grant} onDone={reload} />,
    },
  ];

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={<AddButton onClick={() => setAdding(true)}>{t('addGrant')}</AddButton>}
      toolbar={
        <>
          <ChoiceFilter
            value={departmentId}
            onChange={setDepartmentId}
            placeholder={t('allDepartments')}
            options={departments}
            width={260}
          />
          <ChoiceFilter<GrantStatus>
            value={status}
            onChange={setStatus}
            placeholder={t('allStatuses')}
            options={[
              { value: 'live', label: t('live') },
              { value: 'revoked', label: t('revoked') },
            ]}
            width={160}
          />
        </>
      }
    >
      <Table<DataGrant>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={loading}
        pagination={pagination}
        rowClassName={(grant) => (grant.revoked_at === null ? '' : 'grant-row-revoked')}
      />
      <GrantFormDialog
        open={adding}
        knownPurposes={grants.map((grant) => grant.purpose)}
        onClose={() => setAdding(false)}
        onSaved={reload}
      />
    </PageSection>
  );
}
