import { SwapRightOutlined } from '@ant-design/icons';
import { Empty, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useT } from '../../../../../common/locale';
import { useApi, withQuery } from '../../../api/useApi';
import { useFieldLabels } from '../editor/editorParts';
import type { Difference } from '../types';
import { useContentText } from '../useContentText';
import type { useDepartments } from '../useDepartments';
import { type CompareRow, compareRows } from './compareRows';

const messages = {
  title: ['版本比较', 'Compare versions'],
  from: ['原版本', 'From'],
  to: ['新版本', 'To'],
  versionN: ['第{n}版', 'Version {n}'],
  field: ['字段', 'Field'],
  pick: ['请选择两个不同的版本', 'Choose two different versions'],
  same: ['两个版本内容相同', 'The two versions are the same'],
  changed: ['修改', 'Changed'],
  added: ['新增', 'Added'],
  removed: ['删除', 'Removed'],
  moved: ['调整顺序', 'Reordered'],
  count: ['共 {n} 处不同', '{n} differences'],
} as const;

const CHANGE_COLORS: Record<CompareRow['change'], string> = {
  changed: 'orange',
  added: 'green',
  removed: 'red',
  moved: 'blue',
};

interface VersionCompareProps {
  itemId: string;
  versions: number[];
  from: number | undefined;
  to: number | undefined;
  onChange: (from: number | undefined, to: number | undefined) => void;
  departments: ReturnType<typeof useDepartments>;
}

/** Two versions side by side, field by field, with Chinese field names and values in words. */
export function VersionCompare({ itemId, versions, from, to, onChange, departments }: VersionCompareProps) {
  const t = useT(messages);
  const { english } = useFieldLabels();
  const text = useContentText(departments);
  const ready = from !== undefined && to !== undefined && from !== to;
  const { data, loading } = useApi<{ differences: Difference[] }>(
    ready ? withQuery(`/api/catalog/manage/items/${itemId}/compare`, { from, to }) : null,
  );
  const rows = ready && data ? compareRows(data.differences, english, text) : [];
  const versionName = (n: number | undefined) => t('versionN').replace('{n}', String(n ?? '—'));
  const options = versions.map((n) => ({ value: n, label: versionName(n) }));

  const value = (shown: string) =>
    shown ? <span className="compare-value">{shown}</span> : <span className="muted">—</span>;
  const columns: TableColumnsType<CompareRow> = [
    {
      title: t('field'),
      dataIndex: 'label',
      width: 260,
      render: (label: string, row) => (
        <>
          <div>{label}</div>
          <Tag color={CHANGE_COLORS[row.change]} className="compare-change">
            {t(row.change)}
          </Tag>
        </>
      ),
    },
    { title: versionName(from), dataIndex: 'before', render: value },
    { title: versionName(to), dataIndex: 'after', render: value },
  ];

  return (
    <div className="version-compare" data-testid="version-compare">
      <Flex align="center" gap={8} wrap className="version-compare-bar">
        <Typography.Text strong>{t('title')}</Typography.Text>
        <Select
          aria-label={t('from')}
          value={from}
          options={options}
          onChange={(next) => onChange(next, to)}
          placeholder={t('from')}
          style={{ width: 120 }}
        />
        <SwapRightOutlined />
        <Select
          aria-label={t('to')}
          value={to}
          options={options}
          onChange={(next) => onChange(from, next)}
          placeholder={t('to')}
          style={{ width: 120 }}
        />
        {ready && data && (
          <Typography.Text type="secondary">{t('count').replace('{n}', String(rows.length))}</Typography.Text>
        )}
      </Flex>
      {!ready ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pick')} />
      ) : (
        <Table<CompareRow>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          tableLayout="fixed"
          locale={{ emptyText: t('same') }}
          rowClassName={(row) => `compare-row-${row.change}`}
        />
      )}
    </div>
  );
}
