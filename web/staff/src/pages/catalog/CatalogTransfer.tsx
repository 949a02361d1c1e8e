import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useRef, useState } from 'react';
import { MAX_IMPORT_FILE_BYTES, XLSX_TYPE } from '../../../../../src/shared/file-types';
import { ApiError, download, post, upload } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useReportError } from '../../api/useReportError';
import { formatDate } from '../../components/format';
import { type ImportReport, ImportReportDialog, type RejectedRow } from './ImportReportDialog';

const messages = {
  export: ['导出', 'Export'],
  exportJson: ['JSON（系统间交换）', 'JSON (for other systems)'],
  exportXlsx: ['Excel（实施清单格式）', 'Excel (implementing-list columns)'],
  import: ['导入', 'Import'],
  fileName: ['事项目录', 'catalogue'],
  unsupported: ['请选择 .xlsx 或 .json 文件', 'Choose an .xlsx or .json file'],
  tooLarge: ['文件超过10MB，请分批导入', 'The file is over 10 MB: import it in parts'],
  badJson: [
    '文件不是有效的 JSON，或其中没有 items 事项列表',
    'The file is not valid JSON, or it has no "items" list',
  ],
} as const;

const EXPORTS = {
  json: '/api/catalog/manage/export',
  xlsx: '/api/catalog/manage/export.xlsx',
} as const;

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download at once; the address is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** The items of an exported JSON file ({items: [...]}) or a bare list of items; null if neither. */
function jsonItems(text: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed;
    const items = (parsed as { items?: unknown } | null)?.items;
    return Array.isArray(items) ? items : null;
  } catch {
    return null;
  }
}

/** 导出 / 导入 of the catalogue list page, with the report of each import. */
export function CatalogTransfer({ onImported }: { onImported: () => void }) {
  const t = useT(messages);
  const reportError = useReportError();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  const exportAs = async (format: keyof typeof EXPORTS) => {
    try {
      save(
        await download(EXPORTS[format]),
        `${t('fileName')}-${formatDate(new Date().toISOString())}.${format}`,
      );
    } catch (error) {
      reportError(error);
    }
  };

  const send = async (file: File): Promise<{ imported: number }> => {
    if (/\.xlsx$/i.test(file.name)) {
      if (file.size > MAX_IMPORT_FILE_BYTES) throw new ApiError(413, 'FILE_TOO_LARGE', t('tooLarge'), {});
      return upload('/api/catalog/manage/import.xlsx', file, { type: XLSX_TYPE });
    }
    if (!/\.json$/i.test(file.name)) throw new ApiError(400, 'FILE_TYPE_UNSUPPORTED', t('unsupported'), {});
    const items = jsonItems(await file.text());
    if (!items) throw new ApiError(400, 'JSON_UNREADABLE', t('badJson'), {});
    return post('/api/catalog/manage/import', { items });
  };

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const { imported } = await send(file);
      setReport({ file: file.name, outcome: 'loaded', imported });
      onImported();
    } catch (error) {
      if (!(error instanceof ApiError) || error.status === 401 || error.status === 0) {
        reportError(error);
        return;
      }
      const rows = (error.details as { rejections?: RejectedRow[] }).rejections;
      setReport(
        rows
          ? { file: file.name, outcome: 'rejected', message: error.message, rows }
          : { file: file.name, outcome: 'refused', message: error.message },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Dropdown
        menu={{
          items: [
            { key: 'xlsx', label: t('exportXlsx') },
            { key: 'json', label: t('exportJson') },
          ],
          onClick: ({ key }) => void exportAs(key as keyof typeof EXPORTS),
        }}
      >
        <Button icon={<DownloadOutlined />}>{t('export')}</Button>
      </Dropdown>
      <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {t('import')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.json"
        hidden
        data-testid="catalog-import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <ImportReportDialog report={report} onClose={() => setReport(null)} />
    </>
  );
}
