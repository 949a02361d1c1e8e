import { Descriptions, Drawer, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { WindowKind } from '../../../../../src/shared/org-kinds';
import { patch } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { Hall, Items, ServiceWindow } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AddButton } from '../../components/AddButton';
import { RowActions } from '../../components/RowActions';
import { activeColumn } from '../../components/tableColumns';
import { useRetained } from '../../components/useRetained';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';
import { formatOpeningHours } from './openingHours';
import { WindowFormDialog } from './WindowFormDialog';

const messages = {
  ...commonMessages,
  windowsOf: ['{hall} · 窗口', '{hall} · Windows'],
  windows: ['窗口', 'Windows'],
  addWindow: ['新增窗口', 'Add window'],
  number: ['窗口号', 'No.'],
  numberSuffix: ['{n} 号', 'No. {n}'],
  name: ['窗口名称', 'Name'],
  kind: ['类型', 'Kind'],
  address: ['地址', 'Address'],
  openingHours: ['办公时间', 'Opening hours'],
  noWindows: ['该大厅还没有窗口', 'This hall has no windows yet'],
} as const;

const KIND_COLORS: Record<WindowKind, string> = {
  comprehensive: 'blue',
  enterprise: 'purple',
  priority: 'green',
};

interface HallWindowsDrawerProps {
  hall: Hall | null;
  canManage: boolean;
  onClose: () => void;
  /** Windows changed, so the hall list's counts are stale. */
  onChanged: () => void;
}

/** A hall's details and its windows, with add/edit for org managers. */
export function HallWindowsDrawer({ hall: subject, canManage, onClose, onChanged }: HallWindowsDrawerProps) {
  const t = useT(messages);
  const hall = useRetained(subject);
  const labels = useLabels();
  const [editing, setEditing] = useState<ServiceWindow | 'new' | null>(null);
  const { data, loading, reload } = useApi<Items<ServiceWindow>>(
    subject ? `/api/halls/${subject.id}/windows` : null,
  );
  // The previous hall's windows stay in `data` until this hall's arrive.
  const windows = (data?.items ?? []).filter((serviceWindow) => serviceWindow.hallId === hall?.id);
  const changed = () => {
    reload();
    onChanged();
  };

  const columns: TableColumnsType<ServiceWindow> = [
    {
      title: t('number'),
      dataIndex: 'number',
      width: 90,
      render: (n: number) => t('numberSuffix').replace('{n}', String(n)),
    },
    { title: t('name'), dataIndex: 'name', render: (name: string) => name || t('none') },
    {
      title: t('kind'),
      dataIndex: 'kind',
      width: 190,
      render: (kind: WindowKind) => <Tag color={KIND_COLORS[kind]}>{labels.windowKind(kind)}</Tag>,
    },
    activeColumn(t('status'), 90),
    ...(canManage
      ? [
          {
            title: t('actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, serviceWindow: ServiceWindow) => (
              <RowActions
                active={serviceWindow.active}
                onEdit={() => setEditing(serviceWindow)}
                onToggle={(active) => patch(`/api/windows/${serviceWindow.id}`, { active })}
                onToggled={changed}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Drawer
      open={subject !== null}
      size={760}
      title={hall ? t('windowsOf').replace('{hall}', hall.name) : t('windows')}
      onClose={onClose}
    >
      {hall && (
        <Descriptions column={1} size="small" className="hall-details">
          <Descriptions.Item label={t('region')}>{hall.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('address')}>{hall.address || t('none')}</Descriptions.Item>
          <Descriptions.Item label={t('phone')}>{hall.phone ?? t('none')}</Descriptions.Item>
          <Descriptions.Item label={t('openingHours')}>
            {formatOpeningHours(hall.openingHours, labels.english).join('；') || t('none')}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Flex justify="space-between" align="center" className="hall-windows-head">
        <Typography.Title level={5}>{t('windows')}</Typography.Title>
        {canManage && <AddButton onClick={() => setEditing('new')}>{t('addWindow')}</AddButton>}
      </Flex>
      <Table<ServiceWindow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={windows}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('noWindows') }}
      />
      {hall && (
        <WindowFormDialog
          hallId={hall.id}
          editing={editing}
          nextNumber={Math.max(0, ...windows.map((serviceWindow) => serviceWindow.number)) + 1}
          onClose={() => setEditing(null)}
          onSaved={changed}
        />
      )}
    </Drawer>
  );
}
