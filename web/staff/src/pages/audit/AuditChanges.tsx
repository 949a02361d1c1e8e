import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { FIELD_LABELS } from '../../../../../src/shared/field-labels';
import {
  DEPARTMENT_KINDS,
  type DepartmentKind,
  WINDOW_KINDS,
  type WindowKind,
} from '../../../../../src/shared/org-kinds';
import { REGION_LEVELS, type RegionLevel } from '../../../../../src/shared/region-code';
import { ROLES, type Role } from '../../../../../src/shared/roles';
import { useT } from '../../../../common/locale';
import type { AuditEntry } from '../../api/types';
import { useLabels } from '../../i18n/useLabels';

const messages = {
  field: ['字段', 'Field'],
  before: ['修改前', 'Before'],
  after: ['修改后', 'After'],
  recorded: ['记录内容', 'Recorded values'],
  noDetails: ['此操作没有记录字段变化', 'No field changes were recorded for this action'],
  changed: ['已变更', 'changed'],
  yes: ['是', 'yes'],
  no: ['否', 'no'],
  grantId: ['授权编号', 'grantId'],
} as const;

interface FieldRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The recorded before/after of one audit entry, field by field, changed fields highlighted. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const t = useT(messages);
  const labels = useLabels();
  const show = (field: string, value: unknown): string => {
    if (value === undefined) return '';
    if (value === null) return '—';
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    if (field === 'role' && ROLES.includes(value as Role)) return labels.role(value as Role);
    if (field === 'level' && REGION_LEVELS.includes(value as RegionLevel))
      return labels.regionLevel(value as RegionLevel);
    if (field === 'kind' && DEPARTMENT_KINDS.includes(value as DepartmentKind)) {
      return labels.departmentKind(value as DepartmentKind);
    }
    if (field === 'kind' && WINDOW_KINDS.includes(value as WindowKind))
      return labels.windowKind(value as WindowKind);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const fieldName = (field: string) =>
    labels.english ? field : field === 'grantId' ? t('grantId') : (FIELD_LABELS[field] ?? field);

  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (fields.length === 0) return <Typography.Text type="secondary">{t('noDetails')}</Typography.Text>;
  // Creations record only "after" and removals only "before": then there is nothing to compare.
  const compared = entry.before !== null && entry.after !== null;

  const rows: FieldRow[] = fields.map((field) => {
    const was = show(field, before[field]);
    const now = show(field, after[field]);
    return { field, before: was, after: now, changed: compared && field in after && was !== now };
  });
  const value = (key: 'before' | 'after', title: string) => ({
    title,
    dataIndex: key,
    render: (text: string) => <span className="audit-value">{text}</span>,
  });
  const columns: TableColumnsType<FieldRow> = [
    {
      title: t('field'),
      dataIndex: 'field',
      width: 200,
      render: (field: string, row) => (
        <>
          {fieldName(field)}
          {row.changed && (
            <Tag color="orange" className="audit-changed-tag">
              {t('changed')}
            </Tag>
          )}
        </>
      ),
    },
    ...(compared
      ? [value('before', t('before')), value('after', t('after'))]
      : [value(entry.after === null ? 'before' : 'after', t('recorded'))]),
  ];
  return (
    <Table<FieldRow>
      rowKey="field"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      rowClassName={(row) => (row.changed ? 'audit-changed' : '')}
      className="audit-changes"
    />
  );
}
