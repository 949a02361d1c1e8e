import { App, Flex, Input, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { hasPermission, ROLES, type Role } from '../../../../../src/shared/roles';
import { del, patch } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { Items, StaffGrant, StaffMember } from '../../api/types';
import { useApi, withQuery } from '../../api/useApi';
import { useReportError } from '../../api/useReportError';
import { ActiveToggle } from '../../components/ActiveToggle';
import { AddButton } from '../../components/AddButton';
import { formatDateTime } from '../../components/format';
import { ChoiceFilter, RegionFilter } from '../../components/ListFilters';
import { PageSection } from '../../components/PageSection';
import { useListPagination } from '../../components/pagination';
import { RowButton } from '../../components/RowActions';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';
import { useStaffUser } from '../../session/SessionProvider';
import { GrantRoleDialog } from './GrantRoleDialog';
import { GrantTag } from './GrantTag';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { StaffFormDialog } from './StaffFormDialog';
import { StaffStatusTags } from './StaffStatusTags';

const messages = {
  ...commonMessages,
  title: ['人员与授权', 'Staff & roles'],
  description: [
    '工作人员账号、所属区划与部门，以及按区划范围授予的角色。',
    'Staff accounts, their region and department, and roles granted per region scope.',
  ],
  addStaff: ['新增人员', 'Add staff member'],
  keyword: ['按姓名或用户名搜索', 'Search by name or username'],
  allRoles: ['全部角色', 'All roles'],
  username: ['用户名', 'Username'],
  displayName: ['姓名', 'Name'],
  regionAndDepartment: ['所属区划 / 部门', 'Region / department'],
  roles: ['角色与范围', 'Roles & scopes'],
  noRole: ['未授权', 'No role'],
  lastSignIn: ['最近登录', 'Last sign-in'],
  neverSignedIn: ['从未登录', 'Never'],
  grant: ['授权', 'Grant'],
  resetPassword: ['重置密码', 'Reset password'],
  revoked: ['已撤销授权', 'Role revoked'],
  disableWarning: [
    '停用后该人员将无法登录，已登录的会话会立即退出。',
    'They will be signed out and unable to sign in.',
  ],
} as const;

export function StaffPage() {
  const t = useT(messages);
  const labels = useLabels();
  const user = useStaffUser();
  const { message } = App.useApp();
  const reportError = useReportError();
  const pagination = useListPagination(20);
  const [filters, setFilters] = useState<{ keyword?: string; regionCode?: string; role?: Role }>({});
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [granting, setGranting] = useState<StaffMember | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const { data, loading, reload } = useApi<Items<StaffMember>>(withQuery('/api/staff', filters));

  const revoke = (member: StaffMember, grant: StaffGrant) => async () => {
    try {
      await del(`/api/staff/${member.id}/grants/${grant.id}`);
      message.success(t('revoked'));
      reload();
    } catch (error) {
      reportError(error);
    }
  };
  const mayRevoke = (member: StaffMember, grant: StaffGrant) =>
    hasPermission(user.grants, 'staff.manage', grant.regionCode ?? '') &&
    !(member.id === user.id && grant.role === 'admin');

  const columns: TableColumnsType<StaffMember> = [
    {
      title: t('username'),
      dataIndex: 'username',
      width: 120,
      render: (name: string) => <code>{name}</code>,
    },
    { title: t('displayName'), dataIndex: 'displayName', width: 100 },
    {
      title: t('regionAndDepartment'),
      key: 'placement',
      width: 190,
      render: (_, member) => (
        <>
          <div>{member.regionName ?? t('none')}</div>
          {member.departmentName && <div className="table-note">{member.departmentName}</div>}
        </>
      ),
    },
    {
      title: t('roles'),
      key: 'grants',
      render: (_, member) =>
        member.grants.length === 0 ? (
          <span className="muted">{t('noRole')}</span>
        ) : (
          <Flex wrap gap={4}>
            {member.grants.map((grant) => (
              <GrantTag
                key={grant.id}
                grant={grant}
                onRevoke={mayRevoke(member, grant) ? revoke(member, grant) : undefined}
              />
            ))}
          </Flex>
        ),
    },
    {
      title: t('status'),
      key: 'status',
      width: 110,
      render: (_, member) => <StaffStatusTags member={member} />,
    },
    {
      title: t('lastSignIn'),
      dataIndex: 'lastSignInAt',
      width: 160,
      render: (at: string | null) =>
        at ? formatDateTime(at) : <span className="muted">{t('neverSignedIn')}</span>,
    },
    {
      title: t('actions'),
      key: 'actions',
      width: 230,
      render: (_, member) => (
        <Space size={0}>
          <RowButton onClick={() => setEditing(member)}>{t('edit')}</RowButton>
          <RowButton onClick={() => setGranting(member)}>{t('grant')}</RowButton>
          <RowButton onClick={() => setResetting(member)}>{t('resetPassword')}</RowButton>
          {member.id !== user.id && (
            <ActiveToggle
              active={member.active}
              disableWarning={t('disableWarning')}
              onToggle={(active) => patch(`/api/staff/${member.id}`, { active })}
              onDone={reload}
            />
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={<AddButton onClick={() => setEditing('new')}>{t('addStaff')}</AddButton>}
      toolbar={
        <>
          <Input.Search
            allowClear
            placeholder={t('keyword')}
            onSearch={(keyword) => setFilters((current) => ({ ...current, keyword }))}
            style={{ width: 240 }}
          />
          <RegionFilter
            value={filters.regionCode}
            onChange={(regionCode) => setFilters((current) => ({ ...current, regionCode }))}
            width={220}
          />
          <ChoiceFilter
            value={filters.role}
            onChange={(role) => setFilters((current) => ({ ...current, role }))}
            placeholder={t('allRoles')}
            options={ROLES.map((role) => ({ value: role, label: labels.role(role) }))}
            width={200}
          />
        </>
      }
    >
      <Table<StaffMember>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        pagination={pagination}
      />
      <StaffFormDialog editing={editing} onClose={() => setEditing(null)} onSaved={reload} />
      <GrantRoleDialog member={granting} onClose={() => setGranting(null)} onSaved={reload} />
      <ResetPasswordDialog member={resetting} onClose={() => setResetting(null)} onSaved={reload} />
    </PageSection>
  );
}
