import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Drawer, Progress, Table, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { useListPagination } from '../../components/pagination';
import { ImportReport } from './ImportReport';
import { ImportWizard } from './ImportWizard';
import type { RegistryImport } from './types';
import './registry.css';

const messages = {
  title: ['数据导入', 'Data import'],
  description: [
    '把公安、民政、市场监管等系统导出的 CSV / Excel 文件归集进人口与法人库：按号码去重，逐字段记录来源，冲突留档，问题行逐行说明。',
    'Load CSV or Excel exports of other systems into the registry: one record per number, each field with its source, conflicts kept, every bad row explained.',
  ],
  newImport: ['新建导入', 'New import'],
  file: ['文件', 'File'],
  source: ['来源系统', 'Source'],
  status: ['状态', 'Status'],
  figures: ['新增 / 更新 / 冲突 / 拒绝', 'New / updated / conflicts / rejected'],
  by: ['导入人', 'By'],
  at: ['开始时间', 'Started'],
  running: ['导入中', 'Running'],
  completed: ['已完成', 'Completed'],
  failed: ['失败', 'Failed'],
  report: ['导入报告', 'Import report'],
} as const;

const STATUS_COLORS = { running: 'processing', completed: 'success', failed: 'error' } as const;

export function ImportsPage() {
  const t = useT(messages);
  const pagination = useListPagination(20);
  const { data, loading, reload } = useApi<{ items: RegistryImport[] }>('/api/registry/imports');
  const [wizardOpen, setWizardOpen] = useState(false);
  const [shown, setShown] = useState<RegistryImport>();

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={
        <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setWizardOpen(true)}>
          {t('newImport')}
        </Button>
      }
    >
      <Table<RegistryImport>
        rowKey="id"
        loading={loading}
        dataSource={data?.items}
        pagination={pagination}
        onRow={(row) => ({ onClick: () => setShown(row), className: 'registry-import-row' })}
        columns={[
          { title: t('file'), dataIndex: 'file_name' },
          { title: t('source'), dataIndex: 'source_name' },
          {
            title: t('status'),
            dataIndex: 'status',
            width: 160,
            render: (status: RegistryImport['status'], row) =>
              status === 'running' && row.total_rows ? (
                <Progress percent={Math.floor((row.processed_rows / row.total_rows) * 100)} size="small" />
              ) : (
                <Tag color={STATUS_COLORS[status]}>{t(status)}</Tag>
              ),
          },
          {
            title: t('figures'),
            render: (_, row) =>
              `${row.created_count} / ${row.updated_count} / ${row.conflict_count} / ${row.rejected_count}`,
          },
          { title: t('by'), dataIndex: 'created_by_name', width: 100 },
          { title: t('at'), dataIndex: 'started_at', width: 180, render: (at: string) => formatDateTime(at) },
        ]}
      />
      <Drawer
        title={t('newImport')}
        width={880}
        open={wizardOpen}
        onClose={() => setWizardOpen(false)}
        destroyOnHidden
      >
        <ImportWizard onImported={reload} />
      </Drawer>
      <Drawer
        title={`${t('report')} · ${shown?.file_name ?? ''}`}
        width={880}
        open={Boolean(shown)}
        onClose={() => setShown(undefined)}
        destroyOnHidden
      >
        {shown && <ImportReport importId={shown.id} />}
      </Drawer>
    </PageSection>
  );
}
