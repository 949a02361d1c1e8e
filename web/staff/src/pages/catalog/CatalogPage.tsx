import { Button, Segmented, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LifeTheme } from '../../../../../src/shared/catalog-terms';
import { useT } from '../../../../common/locale';
import type { Items } from '../../api/types';
import { useApi, withQuery } from '../../api/useApi';
import { AddButton } from '../../components/AddButton';
import { formatDate, formatDateTime } from '../../components/format';
import { ChoiceFilter, KeywordFilter } from '../../components/ListFilters';
import { PageSection } from '../../components/PageSection';
import { useListPagination } from '../../components/pagination';
import { useCatalogTerms } from '../../i18n/catalogTerms';
import { commonMessages } from '../../i18n/commonMessages';
import { useCatalogAccess } from './access';
import { HandlingKindTag, StatusTag, ThemeTags } from './CatalogTags';
import { CatalogTransfer } from './CatalogTransfer';
import type { StaffItem, VersionStatus } from './types';
import { useDepartments } from './useDepartments';
import './catalog.css';

const messages = {
  ...commonMessages,
  title: ['事项管理', 'Service items'],
  description: [
    '本部门政务服务事项的编制、审核与发布；点击一行查看作业指导书、审核流程与版本。',
    'Draft, review and publish service items. Click a row for the work instruction, review and versions.',
  ],
  add: ['新建事项', 'New item'],
  name: ['事项名称', 'Item'],
  code: ['实施编码', 'Implementation code'],
  department: ['实施主体', 'Implementing body'],
  handlingKind: ['办件类型', 'Kind'],
  published: ['发布版本', 'Published'],
  versionN: ['第{n}版', 'v{n}'],
  editingN: ['第{n}版审核中', 'v{n} in review'],
  draftN: ['第{n}版草稿', 'v{n} draft'],
  notPublished: ['未发布', 'Not published'],
  updated: ['更新时间', 'Updated'],
  allStatuses: ['全部状态', 'All statuses'],
  allDepartments: ['全部部门', 'All departments'],
  allThemes: ['全部主题', 'All themes'],
  keyword: ['按事项名称或编码搜索', 'Search by name or code'],
  empty: ['没有符合条件的事项', 'No items match'],
  all: ['全部事项', 'All items'],
  mine: ['待我处理（{n}）', 'Waiting for me ({n})'],
} as const;

const LIST_STATUSES: VersionStatus[] = ['draft', 'submitted', 'first_checked', 'joint_reviewed', 'published'];

/** 事项管理: every item the user can see with its latest version's state. */
export function CatalogPage() {
  const t = useT(messages);
  const terms = useCatalogTerms();
  const navigate = useNavigate();
  const access = useCatalogAccess();
  const departments = useDepartments();
  const pagination = useListPagination(15);
  const [status, setStatus] = useState<VersionStatus>();
  const [departmentId, setDepartmentId] = useState<string>();
  const [theme, setTheme] = useState<LifeTheme>();
  const [keyword, setKeyword] = useState('');
  const [mineOnly, setMineOnly] = useState(false);
  const { data, loading, reload } = useApi<Items<StaffItem>>(
    withQuery('/api/catalog/manage/items', { status, departmentId, theme }),
  );

  const needle = keyword.trim().toUpperCase();
  const editable = departments.active.filter((department) => access.canEditFor(department));
  const mine = (data?.items ?? []).filter((item) => access.awaitsMe(item, editable));
  const shown = (mineOnly ? mine : (data?.items ?? [])).filter(
    (item) => !needle || item.name.toUpperCase().includes(needle) || item.implementationCode.includes(needle),
  );
  const open = (item: StaffItem) => navigate(`/catalog/${item.itemId}`);
  const versionText = (item: StaffItem) => {
    const latest = t(item.status === 'draft' ? 'draftN' : 'editingN').replace(
      '{n}',
      String(item.latestVersion),
    );
    const published = item.publishedVersion && t('versionN').replace('{n}', String(item.publishedVersion));
    const reviewing = item.status !== 'published' && item.status !== 'superseded';
    return (
      <>
        {published || <span className="muted">{t('notPublished')}</span>}
        {reviewing && item.publishedVersion !== null && <div className="table-note">{latest}</div>}
      </>
    );
  };

  const columns: TableColumnsType<StaffItem> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, item) => (
        <>
          <Button
            type="link"
            className="table-link"
            onClick={(event) => {
              event.stopPropagation();
              open(item);
            }}
          >
            {name}
          </Button>
          <ThemeTags themes={item.themes} />
        </>
      ),
    },
    {
      title: t('code'),
      dataIndex: 'implementationCode',
      width: 296,
      render: (code: string) => (
        <Typography.Text
          copyable={{ text: code, onCopy: (event) => event?.stopPropagation() }}
          className="catalog-code"
        >
          {code}
        </Typography.Text>
      ),
    },
    { title: t('department'), dataIndex: 'departmentName', width: 140 },
    {
      title: t('handlingKind'),
      dataIndex: 'handlingKind',
      width: 84,
      render: (kind: string) => <HandlingKindTag kind={kind} />,
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 160,
      render: (value: VersionStatus) => <StatusTag status={value} />,
    },
    { title: t('published'), key: 'published', width: 96, render: (_, item) => versionText(item) },
    {
      title: t('updated'),
      dataIndex: 'updatedAt',
      width: 104,
      render: (at: string) => <span title={formatDateTime(at)}>{formatDate(at)}</span>,
    },
  ];

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={
        access.canEditSome && (
          <>
            <CatalogTransfer onImported={reload} />
            <AddButton onClick={() => navigate('/catalog/new')}>{t('add')}</AddButton>
          </>
        )
      }
      toolbar={
        <>
          <Segmented<'all' | 'mine'>
            value={mineOnly ? 'mine' : 'all'}
            onChange={(value) => setMineOnly(value === 'mine')}
            options={[
              { value: 'all', label: t('all') },
              { value: 'mine', label: t('mine').replace('{n}', String(mine.length)) },
            ]}
          />
          <ChoiceFilter<VersionStatus>
            value={status}
            onChange={setStatus}
            placeholder={t('allStatuses')}
            options={LIST_STATUSES.map((value) => ({ value, label: terms.label('status', value) }))}
            width={210}
          />
          <ChoiceFilter<string>
            value={departmentId}
            onChange={setDepartmentId}
            placeholder={t('allDepartments')}
            options={departments.all.map((department) => ({ value: department.id, label: department.name }))}
            width={240}
          />
          <ChoiceFilter<LifeTheme>
            value={theme}
            onChange={setTheme}
            placeholder={t('allThemes')}
            options={terms.options('theme')}
            width={150}
          />
          <KeywordFilter placeholder={t('keyword')} onChange={setKeyword} width={260} />
        </>
      }
    >
      <Table<StaffItem>
        rowKey="itemId"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={loading}
        pagination={pagination}
        locale={{ emptyText: t('empty') }}
        onRow={(item) => ({ onClick: () => open(item), className: 'catalog-row' })}
      />
    </PageSection>
  );
}
