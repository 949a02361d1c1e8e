import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { hasPermission } from '../../../../../src/shared/roles';
import { patch } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { ActiveTag } from '../../components/ActiveTag';
import { ActiveToggle } from '../../components/ActiveToggle';
import { PageSection } from '../../components/PageSection';
import { commonMessages } from '../../i18n/commonMessages';
import { REGION_LEVEL_COLORS, useLabels } from '../../i18n/useLabels';
import { useRegions } from '../../regions/RegionsProvider';
import { allCodes, filterRegionTree, type RegionNode } from '../../regions/regionTree';
import { useStaffUser } from '../../session/SessionProvider';
import { type RegionEditing, RegionFormDialog } from './RegionFormDialog';

const messages = {
  ...commonMessages,
  title: ['区划管理', 'Regions'],
  description: [
    '区（县）— 街道（乡镇）— 社区（村）三级区划，代码遵循 GB/T 2260 规则。',
    'District — street — community, with GB/T 2260 style codes.',
  ],
  readOnly: ['（您可查看本人管辖范围内的区划）', '(read-only, limited to your scope)'],
  searchPlaceholder: ['按名称或代码搜索', 'Search by name or code'],
  addDistrict: ['新增区（县）', 'Add district'],
  addChild: ['新增下级区划', 'Add sub-region'],
  sortOrder: ['排序', 'Order'],
  disableWarning: ['停用前须先停用其全部下级区划。', 'All sub-regions must be disabled first.'],
} as const;

export function RegionsPage() {
  const t = useT(messages);
  const labels = useLabels();
  const user = useStaffUser();
  const { tree, loading, reload } = useRegions();
  const [keyword, setKeyword] = useState('');
  const [editing, setEditing] = useState<RegionEditing | null>(null);
  const [expanded, setExpanded] = useState<readonly React.Key[] | null>(null);

  const shown = useMemo(() => filterRegionTree(tree, keyword), [tree, keyword]);
  // Searching opens every branch so matches are visible; otherwise the top level starts open.
  const expandedKeys = keyword.trim() ? allCodes(shown) : (expanded ?? tree.map((node) => node.code));
  const canManage = (code: string) => hasPermission(user.grants, 'org.manage', code);
  const canAddDistrict = hasPermission(user.grants, 'org.manage', '');

  const columns: TableColumnsType<RegionNode> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, region) => (
        <Typography.Text strong={region.level !== 'community'} type={region.active ? undefined : 'secondary'}>
          {name}
        </Typography.Text>
      ),
    },
    { title: t('code'), dataIndex: 'code', width: 160, render: (code: string) => <code>{code}</code> },
    {
      title: t('level'),
      dataIndex: 'level',
      width: 140,
      render: (level: RegionNode['level']) => (
        <Tag color={REGION_LEVEL_COLORS[level]}>{labels.regionLevel(level)}</Tag>
      ),
    },
    { title: t('sortOrder'), dataIndex: 'sortOrder', width: 80, align: 'right' },
    {
      title: t('status'),
      dataIndex: 'active',
      width: 100,
      render: (active: boolean) => <ActiveTag active={active} />,
    },
    {
      title: t('actions'),
      key: 'actions',
      width: 260,
      render: (_, region) =>
        canManage(region.code) && (
          <Space size={0}>
            {region.level !== 'community' && region.active && (
              <Button
                type="link"
                size="small"
                onClick={() => setEditing({ parent: region, nextSortOrder: region.children?.length ?? 0 })}
              >
                {t('addChild')}
              </Button>
            )}
            <Button type="link" size="small" onClick={() => setEditing({ region })}>
              {t('edit')}
            </Button>
            <ActiveToggle
              active={region.active}
              disableWarning={region.level === 'community' ? undefined : t('disableWarning')}
              onToggle={(active) => patch(`/api/regions/${region.code}`, { active })}
              onDone={reload}
            />
          </Space>
        ),
    },
  ];

  return (
    <PageSection
      title={t('title')}
      description={
        <>
          {t('description')}
          {!canManage(tree[0]?.code ?? '') && t('readOnly')}
        </>
      }
      extra={
        canAddDistrict && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ parent: null, nextSortOrder: tree.length })}
          >
            {t('addDistrict')}
          </Button>
        )
      }
      toolbar={
        <Input.Search
          allowClear
          placeholder={t('searchPlaceholder')}
          onChange={(event) => setKeyword(event.target.value)}
          style={{ width: 280 }}
        />
      }
    >
      <Table<RegionNode>
        rowKey="code"
        size="middle"
        columns={
          // Read-only users get no empty 操作 column.
          user.permissions.includes('org.manage')
            ? columns
            : columns.filter((column) => column.key !== 'actions')
        }
        dataSource={shown}
        loading={loading}
        pagination={false}
        expandable={{ expandedRowKeys: expandedKeys, onExpandedRowsChange: setExpanded }}
      />
      <RegionFormDialog editing={editing} onClose={() => setEditing(null)} onSaved={reload} />
    </PageSection>
  );
}
