import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  DatePicker,
  Flex,
  Form,
  Progress,
  Select,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type ApiError, upload } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useApi, withQuery } from '../../api/useApi';
import { useReportError } from '../../api/useReportError';
import { ImportReport } from './ImportReport';
import type { ImportPreview, RegistryImport, RegistrySource } from './types';
import { useFieldText } from './useFieldText';

const messages = {
  stepFile: ['选择来源与文件', 'Source & file'],
  stepMapping: ['核对列对应', 'Match columns'],
  stepLoad: ['导入与结果', 'Load & report'],
  source: ['数据来源系统', 'Source system'],
  authority: ['权威等级', 'authority'],
  drop: ['点击或拖入 CSV / Excel（.xlsx）文件', 'Click or drop a CSV or Excel (.xlsx) file'],
  dropHint: ['第1行为列名；GBK 编码的 CSV 也可直接导入', 'Row 1 holds the headers; GBK-encoded CSV is fine'],
  next: ['下一步', 'Next'],
  back: ['上一步', 'Back'],
  reading: ['正在读取文件…', 'Reading the file…'],
  column: ['文件中的列', 'Column in the file'],
  sample: ['样例数据', 'Sample values'],
  field: ['对应字段', 'Registry field'],
  skip: ['不导入', 'Skip'],
  asOf: ['数据日期', 'Data date'],
  asOfHint: [
    '来源数据截至哪一天；权威等级相同的来源冲突时，较新的数据优先',
    'The day the source data describes; on equal authority, newer data wins',
  ],
  rowCount: ['共 {n} 行数据', '{n} data rows'],
  start: ['开始导入', 'Start import'],
  uploading: ['正在上传…', 'Uploading…'],
  newImport: ['再导入一个文件', 'Import another file'],
  keyMissing: ['请为号码列选择对应字段', 'Choose which column holds the number'],
} as const;

type Step = 'file' | 'mapping' | 'load';

/** 选择来源 → 预览并确认列对应 → 上传导入并看进度与结果. */
export function ImportWizard({ onImported }: { onImported: () => void }) {
  const t = useT(messages);
  const reportError = useReportError();
  const sources = useApi<{ items: RegistrySource[] }>('/api/registry/sources');
  const [step, setStep] = useState<Step>('file');
  const [sourceId, setSourceId] = useState<string>();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [asOf, setAsOf] = useState<Dayjs>(dayjs());
  const [busy, setBusy] = useState(false);
  const [uploadPercent, setUploadPercent] = useState<number>();
  const [started, setStarted] = useState<RegistryImport>();
  const source = sources.data?.items.find((item) => item.id === sourceId);
  const text = useFieldText(source?.subject_kind ?? 'person');

  const readPreview = async () => {
    if (!file || !sourceId) return;
    setBusy(true);
    try {
      const result = await upload<ImportPreview>(
        withQuery('/api/registry/imports/preview', { sourceId, fileName: file.name }),
        file,
      );
      setPreview(result);
      setMapping(result.mapping);
      setStep('mapping');
    } catch (error) {
      reportError(error as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    if (!file || !sourceId) return;
    setBusy(true);
    setUploadPercent(0);
    try {
      const query = {
        sourceId,
        fileName: file.name,
        asOf: asOf.format('YYYY-MM-DD'),
        mapping: JSON.stringify(mapping),
      };
      setStarted(
        await upload<RegistryImport>(withQuery('/api/registry/imports', query), file, {
          onProgress: (sent) => setUploadPercent(Math.round(sent * 100)),
        }),
      );
      setStep('load');
    } catch (error) {
      reportError(error as ApiError);
    } finally {
      setBusy(false);
      setUploadPercent(undefined);
    }
  };

  const restart = () => {
    setStep('file');
    setFile(undefined);
    setPreview(undefined);
    setStarted(undefined);
  };

  const keyField = text.fields.find((field) => field.kind === 'key');
  const keyMapped = Object.values(mapping).includes(keyField?.key ?? '');
  const taken = new Set(Object.values(mapping));
  const current = { file: 0, mapping: 1, load: 2 }[step];

  return (
    <Flex vertical gap={20}>
      <Steps
        current={current}
        items={[{ title: t('stepFile') }, { title: t('stepMapping') }, { title: t('stepLoad') }]}
      />
      {step === 'file' && (
        <Form layout="vertical">
          <Form.Item label={t('source')} required htmlFor="import-source">
            <Select
              id="import-source"
              value={sourceId}
              onChange={setSourceId}
              loading={sources.loading}
              options={sources.data?.items.map((item) => ({
                value: item.id,
                label: `${item.name}（${t('authority')} ${item.authority}）`,
              }))}
            />
          </Form.Item>
          <Upload.Dragger
            accept=".csv,.xlsx"
            maxCount={1}
            beforeUpload={(chosen) => {
              setFile(chosen);
              return false;
            }}
            onRemove={() => setFile(undefined)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('drop')}</p>
            <p className="ant-upload-hint">{t('dropHint')}</p>
          </Upload.Dragger>
          <Flex justify="flex-end" className="registry-wizard-actions">
            <Button type="primary" disabled={!file || !sourceId} loading={busy} onClick={readPreview}>
              {busy ? t('reading') : t('next')}
            </Button>
          </Flex>
        </Form>
      )}
      {step === 'mapping' && preview && (
        <Flex vertical gap={16}>
          <Typography.Text>
            {file?.name} · {t('rowCount').replace('{n}', String(preview.rowCount))}
          </Typography.Text>
          <Table
            rowKey="header"
            size="small"
            pagination={false}
            dataSource={preview.headers.map((header, index) => ({
              header,
              samples: preview.sampleRows
                .map((row) => row[index])
                .filter((cell) => cell !== null && cell !== ''),
            }))}
            columns={[
              {
                title: t('column'),
                dataIndex: 'header',
                width: 180,
                render: (header: string) => <strong>{header}</strong>,
              },
              {
                title: t('sample'),
                dataIndex: 'samples',
                render: (samples: unknown[]) => (
                  <Typography.Text type="secondary" ellipsis className="registry-samples">
                    {samples.slice(0, 3).join('；')}
                  </Typography.Text>
                ),
              },
              {
                title: t('field'),
                width: 260,
                render: (_, row) => (
                  <Select
                    aria-label={`${t('field')}：${row.header}`}
                    className="registry-mapping-select"
                    value={mapping[row.header] ?? ''}
                    onChange={(value: string) =>
                      setMapping(({ [row.header]: _dropped, ...rest }) =>
                        value ? { ...rest, [row.header]: value } : rest,
                      )
                    }
                    options={[
                      { value: '', label: t('skip') },
                      ...text.fields.map((field) => ({
                        value: field.key,
                        label: text.label(field.key),
                        disabled: taken.has(field.key) && mapping[row.header] !== field.key,
                      })),
                    ]}
                  />
                ),
              },
            ]}
          />
          <Form layout="vertical">
            <Form.Item label={t('asOf')} extra={t('asOfHint')} htmlFor="import-as-of">
              <DatePicker
                id="import-as-of"
                value={asOf}
                onChange={(value) => value && setAsOf(value)}
                allowClear={false}
              />
            </Form.Item>
          </Form>
          {!keyMapped && <Alert type="warning" showIcon message={t('keyMissing')} />}
          {uploadPercent !== undefined && (
            <Progress percent={uploadPercent} size="small" format={(p) => `${t('uploading')} ${p}%`} />
          )}
          <Flex justify="space-between">
            <Button onClick={() => setStep('file')}>{t('back')}</Button>
            <Button type="primary" disabled={!keyMapped} loading={busy} onClick={start}>
              {t('start')}
            </Button>
          </Flex>
        </Flex>
      )}
      {step === 'load' && started && (
        <Flex vertical gap={16}>
          <ImportReport importId={started.id} onFinished={onImported} />
          <Flex justify="flex-end">
            <Button onClick={restart}>{t('newImport')}</Button>
          </Flex>
        </Flex>
      )}
    </Flex>
  );
}
