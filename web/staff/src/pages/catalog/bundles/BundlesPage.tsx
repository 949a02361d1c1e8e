import { Button, Table, type TableColumnsType } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { ManagedBundleRow } from '../../../../../../src/modules/catalog/bundle-schemas';
import { post } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import type { Items } from '../../../api/types';
import { useApi } from '../../../api/useApi';
import { ActiveTag } from '../../../components/ActiveTag';
import { AddButton } from '../../../components/AddButton';
import { PageSection } from '../../../components/PageSection';
import { RowActions } from '../../../components/RowActions';
import { commonMessages } from '../../../i18n/commonMessages';
import { useCatalogAccess } from '../access';
import { useDepartments } from '../useDepartments';
import { LimitText } from './LimitText';
import '../catalog.css';
import './bundles.css';

const messages = {
  ...commonMessages,
  title: ['一件事', 'One-thing bundles'],
  description: [
    '把多个部门的事项组合成“一件事”：一张表、一套材料、跑一次。只有已发布的事项可以加入。',
    'Several departments’ items done as one: one form, one set of papers, one visit. Only published items can be added.',
  ],
  add: ['新建一件事', 'New bundle'],
  lead: ['牵头部门', 'Lead department'],
  items: ['事项数', 'Items'],
  limit: ['合计承诺时限', 'Combined limit'],
  empty: ['还没有“一件事”', 'No bundles yet'],
  withdrawWarning: [
    '停用后群众端不再显示该“一件事”，可随时重新启用。',
    'Residents will no longer see it; it can be enabled again at any time.',
  ],
  view: ['查看', 'View'],
} as const;

/** 一件事: the bundles in the user's regions, withdrawn ones too, with their lead department and combined limit. */
export function BundlesPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const access = useCatalogAccess();
  const departments = useDepartments();
  const { data, loading, reload } = useApi<Items<ManagedBundleRow>>('/api/catalog/manage/bundles');
  const canCreate = departments.active.some((department) => access.canManageBundle(department));
  const open = (bundle: ManagedBundleRow) => navigate(`/catalog/bundles/${bundle.bundleId}`);

  const columns: TableColumnsType<ManagedBundleRow> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, bundle) => (
        <>
          <Button type="link" className="table-link" onClick={() => open(bundle)}>
            {name}
          </Button>
          {bundle.description && (
            <div className="table-note bundle-row-description">{bundle.description}</div>
          )}
        </>
      ),
    },
    { title: t('lead'), dataIndex: 'leadDepartmentName', width: 200 },
    { title: t('items'), dataIndex: 'itemCount', width: 90, align: 'right' },
    {
      title: t('limit'),
      dataIndex: 'promisedLimitDays',
      width: 130,
      render: (days: number) => <LimitText days={days} />,
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
      width: 130,
      render: (_, bundle) =>
        bundle.canManage ? (
          <RowActions
            active={bundle.active}
            onEdit={() => open(bundle)}
            onToggle={(active) =>
              post(`/api/catalog/manage/bundles/${bundle.bundleId}/${active ? 'reactivate' : 'withdraw'}`)
            }
            onToggled={reload}
            disableWarning={t('withdrawWarning')}
          />
        ) : (
          <Button type="link" size="small" onClick={() => open(bundle)}>
            {t('view')}
          </Button>
        ),
    },
  ];

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={canCreate && <AddButton onClick={() => navigate('/catalog/bundles/new')}>{t('add')}</AddButton>}
    >
      <Table<ManagedBundleRow>
        rowKey="bundleId"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('empty') }}
      />
    </PageSection>
  );
}
