import { Alert, Button, Modal, Result, Table, type TableColumnsType } from 'antd';
import { useT } from '../../../../common/locale';

/** One row the server rejected: its sheet (Excel only), row as the file numbers it, item name and reasons. */
export interface RejectedRow {
  sheet?: string;
  row: number;
  name: string;
  reasons: string[];
}

/** What came of one import: items loaded, rows rejected, or the whole file refused. */
export type ImportReport =
  | { file: string; outcome: 'loaded'; imported: number }
  | { file: string; outcome: 'rejected'; message: string; rows: RejectedRow[] }
  | { file: string; outcome: 'refused'; message: string };

const messages = {
  title: ['导入结果：{file}', 'Import result: {file}'],
  loaded: ['已导入 {n} 个事项', '{n} items imported'],
  loadedNote: [
    '均为第1版草稿，请在列表中逐项提交审核；发布后群众才能看到。',
    'Each is a version 1 draft: submit them for review from the list; residents see them once published.',
  ],
  fixAndRetry: [
    '请按下表逐行修改文件，改好后重新导入整个文件。',
    'Nothing was imported. Correct the file as listed below, then import the whole file again.',
  ],
  refusedNote: ['未导入任何事项。', 'Nothing was imported.'],
  sheet: ['工作表', 'Sheet'],
  row: ['行号', 'Row'],
  item: ['事项名称', 'Item'],
  reasons: ['问题', 'Problems'],
  close: ['关闭', 'Close'],
} as const;

export function ImportReportDialog({
  report,
  onClose,
}: {
  report: ImportReport | null;
  onClose: () => void;
}) {
  const t = useT(messages);
  const rows = report?.outcome === 'rejected' ? report.rows : [];
  const columns: TableColumnsType<RejectedRow> = [
    ...(rows.some((row) => row.sheet) ? [{ title: t('sheet'), dataIndex: 'sheet', width: 110 }] : []),
    { title: t('row'), dataIndex: 'row', width: 64 },
    { title: t('item'), dataIndex: 'name', width: 190 },
    {
      title: t('reasons'),
      dataIndex: 'reasons',
      render: (reasons: string[]) => (
        <ul className="import-reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <Modal
      open={report !== null}
      title={report && t('title').replace('{file}', report.file)}
      width={report?.outcome === 'rejected' ? 920 : 560}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('close')}
        </Button>
      }
    >
      {report?.outcome === 'loaded' && (
        <Result
          status="success"
          title={t('loaded').replace('{n}', String(report.imported))}
          subTitle={t('loadedNote')}
        />
      )}
      {report?.outcome === 'refused' && (
        <Alert type="error" showIcon message={report.message} description={t('refusedNote')} />
      )}
      {report?.outcome === 'rejected' && (
        <>
          <Alert
            type="error"
            showIcon
            message={report.message}
            description={t('fixAndRetry')}
            className="import-summary"
          />
          <Table<RejectedRow>
            size="small"
            tableLayout="fixed"
            rowKey={(row) => `${row.sheet ?? ''}#${row.row}`}
            columns={columns}
            dataSource={rows}
            pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          />
        </>
      )}
    </Modal>
  );
}
