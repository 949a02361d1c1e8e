import { Alert, Flex, Progress, Statistic, Table, Tabs, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../../../common/locale';
import type { Page } from '../../api/types';
import { useApi, withQuery } from '../../api/useApi';
import { useServerPaging } from '../../components/pagination';
import type { ImportConflict, RegistryImport, Rejection } from './types';
import { useFieldText } from './useFieldText';

const messages = {
  checking: ['正在逐行核验并写入，请勿关闭页面…', 'Checking and loading row by row…'],
  rows: ['总行数', 'Rows'],
  created: ['新增', 'New'],
  updated: ['更新', 'Updated'],
  unchanged: ['无变化', 'Unchanged'],
  conflicts: ['数据冲突', 'Conflicts'],
  rejected: ['被拒绝', 'Rejected'],
  completed: [
    '导入完成。被拒绝的行没有导入，其余行已全部写入。',
    'Done. Rejected rows were not loaded; every other row was.',
  ],
  failed: ['导入失败', 'Import failed'],
  rowNumber: ['行号', 'Row'],
  number: ['号码', 'Number'],
  reasons: ['原因', 'Reasons'],
  field: ['字段', 'Field'],
  kept: ['现用值来源', 'Kept from'],
  other: ['未采用值来源', 'Not used, from'],
  noRejections: ['没有被拒绝的行', 'No rejected rows'],
  noConflicts: ['没有数据冲突', 'No conflicts'],
  rejectedTab: ['被拒绝的行', 'Rejected rows'],
  conflictsTab: ['数据冲突', 'Conflicts'],
  conflictHint: [
    '冲突按来源权威等级和数据日期自动取值；可在人员查询页面核实后改用另一来源。',
    'Conflicts are settled by source authority and data date; check them on the look-up page and switch if needed.',
  ],
} as const;

/** Progress while the import runs, then its figures, every rejected row and every conflict. */
export function ImportReport({ importId, onFinished }: { importId: string; onFinished?: () => void }) {
  const t = useT(messages);
  const { data: report, reload } = useApi<RegistryImport>(`/api/registry/imports/${importId}`);
  const running = report?.status === 'running';

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new report schedules the next poll.
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, 600);
    return () => clearTimeout(timer);
  }, [running, reload, report]);
  const finishedReported = useRef(false);
  useEffect(() => {
    if (!report || report.status === 'running' || finishedReported.current) return;
    finishedReported.current = true;
    onFinished?.();
  }, [report, onFinished]);

  if (!report) return null;
  if (running) {
    const percent = report.total_rows ? Math.floor((report.processed_rows / report.total_rows) * 100) : 0;
    return (
      <Flex vertical gap={8} className="registry-progress">
        <Typography.Text>{t('checking')}</Typography.Text>
        <Progress percent={percent} status="active" />
        <Typography.Text type="secondary">
          {report.processed_rows} / {report.total_rows ?? '…'}
        </Typography.Text>
      </Flex>
    );
  }
  if (report.status === 'failed')
    return <Alert type="error" showIcon message={t('failed')} description={report.failure} />;
  return (
    <Flex vertical gap={16}>
      <Alert type={report.rejected_count > 0 ? 'warning' : 'success'} showIcon message={t('completed')} />
      <Flex gap={32} wrap className="registry-figures">
        <Statistic title={t('rows')} value={report.total_rows ?? 0} />
        <Statistic title={t('created')} value={report.created_count} />
        <Statistic title={t('updated')} value={report.updated_count} />
        <Statistic title={t('unchanged')} value={report.unchanged_count} />
        <Statistic title={t('conflicts')} value={report.conflict_count} />
        <Statistic
          title={t('rejected')}
          value={report.rejected_count}
          valueStyle={report.rejected_count ? { color: '#cf1322' } : undefined}
        />
      </Flex>
      <Tabs
        items={[
          {
            key: 'rejected',
            label: `${t('rejectedTab')}（${report.rejected_count}）`,
            children: <RejectionTable importId={importId} />,
          },
          {
            key: 'conflicts',
            label: `${t('conflictsTab')}（${report.conflict_count}）`,
            children: <ConflictTable importId={importId} kind={report.subject_kind} />,
          },
        ]}
      />
    </Flex>
  );
}

function RejectionTable({ importId }: { importId: string }) {
  const t = useT(messages);
  const { paging, pagination } = useServerPaging(10);
  const { data, loading } = useApi<Page<Rejection>>(
    withQuery(`/api/registry/imports/${importId}/rejections`, paging),
  );
  return (
    <Table<Rejection>
      rowKey="rowNumber"
      size="small"
      loading={loading}
      dataSource={data?.items}
      pagination={pagination(data?.total)}
      locale={{ emptyText: t('noRejections') }}
      columns={[
        { title: t('rowNumber'), dataIndex: 'rowNumber', width: 80 },
        {
          title: t('number'),
          dataIndex: 'subjectNumber',
          width: 200,
          render: (value: string | null) => <code>{value ?? '—'}</code>,
        },
        {
          title: t('reasons'),
          dataIndex: 'reasons',
          render: (reasons: string[]) => (
            <ul className="registry-reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}

function ConflictTable({ importId, kind }: { importId: string; kind: RegistryImport['subject_kind'] }) {
  const t = useT(messages);
  const text = useFieldText(kind);
  const { paging, pagination } = useServerPaging(10);
  const { data, loading } = useApi<Page<ImportConflict>>(
    withQuery(`/api/registry/imports/${importId}/conflicts`, paging),
  );
  return (
    <>
      <Typography.Paragraph type="secondary">{t('conflictHint')}</Typography.Paragraph>
      <Table<ImportConflict>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items}
        pagination={pagination(data?.total)}
        locale={{ emptyText: t('noConflicts') }}
        columns={[
          {
            title: t('number'),
            dataIndex: 'subjectNumber',
            width: 200,
            render: (value: string) => <code>{value}</code>,
          },
          { title: t('field'), dataIndex: 'field', render: (field: string) => text.label(field) },
          { title: t('kept'), render: (_, row) => `${row.keptSource} · ${row.keptAsOf}` },
          { title: t('other'), render: (_, row) => `${row.otherSource} · ${row.otherAsOf}` },
        ]}
      />
    </>
  );
}
