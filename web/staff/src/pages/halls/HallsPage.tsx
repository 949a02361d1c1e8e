import { Button, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { REGION_LEVELS, type RegionLevel } from '../../../../../src/shared/region-code';
import { patch } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { Hall, Items } from '../../api/types';
import { useApi, withQuery } from '../../api/useApi';
import { AddButton } from '../../components/AddButton';
import { ChoiceFilter, KeywordFilter, RegionFilter } from '../../components/ListFilters';
import { PageSection } from '../../components/PageSection';
import { useListPagination } from '../../components/pagination';
import { RowActions, RowButton } from '../../components/RowActions';
import { activeColumn, regionLevelColumn } from '../../components/tableColumns';
import { useOrgManagement } from '../../components/useOrgManagement';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';
import { HallFormDialog } from './HallFormDialog';
import { HallWindowsDrawer } from './HallWindowsDrawer';
import { formatOpeningHours } from './openingHours';
import './halls.css';

const messages = {
  ...commonMessages,
  title: ['服务大厅与窗口', 'Service halls & windows'],
  description: [
    '区级行政服务中心、街道便民服务中心、社区便民服务站及其窗口。点击大厅名称查看窗口。',
    'District halls, street centers and community stations with their windows. Click a hall to see its windows.',
  ],
  addHall: ['新增大厅', 'Add hall'],
  name: ['大厅名称', 'Hall'],
  allLevels: ['全部层级', 'All levels'],
  keyword: ['按名称或地址搜索', 'Search by name or address'],
  openingHours: ['办公时间', 'Opening hours'],
  windowCount: ['窗口数', 'Windows'],
  windows: ['窗口管理', 'Windows'],
  viewWindows: ['查看窗口', 'View windows'],
} as const;

export function HallsPage() {
  const t = useT(messages);
  const labels = useLabels();
  const { canManageSome, canManage } = useOrgManagement();
  const pagination = useListPagination(10);
  const [regionCode, setRegionCode] = useState<string>();
  const [level, setLevel] = useState<RegionLevel>();
  const [keyword, setKeyword] = useState('');
  const [editing, setEditing] = useState<Hall | 'new' | null>(null);
  const [viewing, setViewing] = useState<Hall | null>(null);
  const { data, loading, reload } = useApi<Items<Hall>>(withQuery('/api/halls', { regionCode }));

  const needle = keyword.trim();
  const shown = (data?.items ?? [])
    .filter(
      (hall) =>
        (!level || hall.level === level) &&
        (!needle || hall.name.includes(needle) || hall.address.includes(needle)),
    )
    // Region code order keeps each street's center next to its community stations.
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name));

  const columns: TableColumnsType<Hall> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, hall) => (
        <>
          <Button type="link" className="table-link" onClick={() => setViewing(hall)}>
            {name}
          </Button>
          {hall.address && <div className="table-note">{hall.address}</div>}
        </>
      ),
    },
    regionLevelColumn(t('level'), 150, labels.hallLevel),
    { title: t('region'), dataIndex: 'regionName', width: 130 },
    {
      title: t('openingHours'),
      dataIndex: 'openingHours',
      width: 250,
      render: (periods: Hall['openingHours']) => (
        <div className="opening-hours-text">
          {formatOpeningHours(periods, labels.english).map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      ),
    },
    { title: t('windowCount'), dataIndex: 'windowCount', width: 80, align: 'right' },
    activeColumn(t('status'), 90),
    {
      title: t('actions'),
      key: 'actions',
      width: 190,
      render: (_, hall) =>
        canManage(hall.regionCode) ? (
          <RowActions
            active={hall.active}
            onEdit={() => setEditing(hall)}
            onToggle={(active) => patch(`/api/halls/${hall.id}`, { active })}
            onToggled={reload}
          >
            <RowButton onClick={() => setViewing(hall)}>{t('windows')}</RowButton>
          </RowActions>
        ) : (
          <Space size={0}>
            <RowButton onClick={() => setViewing(hall)}>{t('viewWindows')}</RowButton>
          </Space>
        ),
    },
  ];

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={canManageSome && <AddButton onClick={() => setEditing('new')}>{t('addHall')}</AddButton>}
      toolbar={
        <>
          <RegionFilter value={regionCode} onChange={setRegionCode} width={240} />
          <ChoiceFilter
            value={level}
            onChange={setLevel}
            placeholder={t('allLevels')}
            options={REGION_LEVELS.map((value) => ({ value, label: labels.hallLevel(value) }))}
            width={180}
          />
          <KeywordFilter placeholder={t('keyword')} onChange={setKeyword} width={260} />
        </>
      }
    >
      <Table<Hall>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={loading}
        pagination={pagination}
      />
      <HallFormDialog
        editing={editing}
        defaultRegionCode={regionCode}
        onClose={() => setEditing(null)}
        onSaved={(hall, created) => {
          reload();
          // A new hall has no windows yet, so go straight to adding them.
          if (created) setViewing(hall);
        }}
      />
      <HallWindowsDrawer
        hall={viewing}
        canManage={viewing ? canManage(viewing.regionCode) : false}
        onClose={() => setViewing(null)}
        onChanged={reload}
      />
    </PageSection>
  );
}
