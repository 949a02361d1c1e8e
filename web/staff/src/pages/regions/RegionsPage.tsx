import { Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { patch } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { AddButton } from '../../components/AddButton';
import { KeywordFilter } from '../../components/ListFilters';
import { PageSection } from '../../components/PageSection';
import { RowActions, RowButton } from '../../components/RowActions';
import { activeColumn, regionLevelColumn, withActionsIf } from '../../components/tableColumns';
import { useOrgManagement } from '../../components/useOrgManagement';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';
import { useRegions } from '../../regions/RegionsProvider';
import { allCodes, filterRegionTree, type RegionNode } from '../../regions/regionTree';
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
  const { canManageSome, canManage } = useOrgManagement();
  const { tree, loading, reload } = useRegions();
  const [keyword, setKeyword] = useState('');
  const [editing, setEditing] = useState<RegionEditing | null>(null);
  const [expanded, setExpanded] = useState<readonly React.Key[] | null>(null);

  const shown = useMemo(() => filterRegionTree(tree, keyword), [tree, keyword]);
  // Searching opens every branch so matches are visible; otherwise the top level starts open.
  const expandedKeys = keyword.trim() ? allCodes(shown) : (expanded ?? tree.map((node) => node.code));
  const canAddDistrict = canManage('');

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
    regionLevelColumn(t('level'), 140, labels.regionLevel),
    { title: t('sortOrder'), dataIndex: 'sortOrder', width: 80, align: 'right' },
    activeColumn(t('status'), 100),
    {
      title: t('actions'),
      key: 'actions',
      width: 260,
      render: (_, region) =>
        canManage(region.code) && (
          <RowActions
            active={region.active}
            disableWarning={region.level === 'community' ? undefined : t('disableWarning')}
            onEdit={() => setEditing({ region })}
            onToggle={(active) => patch(`/api/regions/${region.code}`, { active })}
            onToggled={reload}
          >
            {region.level !== 'community' && region.active && (
              <RowButton
                onClick={() => setEditing({ parent: region, nextSortOrder: region.children?.length ?? 0 })}
              >
                {t('addChild')}
              </RowButton>
            )}
          </RowActions>
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
          <AddButton onClick={() => setEditing({ parent: null, nextSortOrder: tree.length })}>
            {t('addDistrict')}
          </AddButton>
        )
      }
      toolbar={<KeywordFilter placeholder={t('searchPlaceholder')} onChange={setKeyword} width={280} />}
    >
      <Table<RegionNode>
        rowKey="code"
        size="middle"
        columns={withActionsIf(canManageSome, columns)}
        dataSource={shown}
        loading={loading}
        pagination={false}
        expandable={{ expandedRowKeys: expandedKeys, onExpandedRowsChange: setExpanded }}
      />
      <RegionFormDialog editing={editing} onClose={() => setEditing(null)} onSaved={reload} />
    </PageSection>
  );
}
