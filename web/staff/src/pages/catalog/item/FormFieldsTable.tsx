import { Table, type TableColumnsType, Tag } from 'antd';
import { useT } from '../../../../../common/locale';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import { useFieldLabels } from '../editor/editorParts';
import type { ItemContent } from '../types';

const messages = {
  none: ['本事项没有申请表', 'No application form'],
  required: ['必填', 'Required'],
  askOnForm: ['由申请人填写', 'Asked on the form'],
  prefilled: ['自动带出：{source}', 'Pre-filled: {source}'],
} as const;

type FormField = ItemContent['formFields'][number];

/** The application form's fields: what is asked, and what is filled in from the applicant's profile. */
export function FormFieldsTable({ fields }: { fields: FormField[] }) {
  const t = useT(messages);
  const f = useFieldLabels();
  const terms = useCatalogTerms();
  const columns: TableColumnsType<FormField> = [
    {
      title: f.formField('label'),
      dataIndex: 'label',
      render: (label: string, field) => (
        <>
          {label} {field.required && <Tag color="red">{t('required')}</Tag>}
          {field.hint && <div className="table-note">{field.hint}</div>}
        </>
      ),
    },
    {
      title: f.formField('type'),
      dataIndex: 'type',
      width: 150,
      render: (type: FormField['type'], field) => (
        <>
          {terms.label('fieldType', type)}
          {field.options.length > 0 && <div className="table-note">{field.options.join(' / ')}</div>}
        </>
      ),
    },
    {
      title: f.formField('profileSource'),
      dataIndex: 'profileSource',
      width: 220,
      render: (source: FormField['profileSource']) =>
        source ? (
          <Tag color="blue">{t('prefilled').replace('{source}', terms.label('profileSource', source))}</Tag>
        ) : (
          <span className="muted">{t('askOnForm')}</span>
        ),
    },
  ];
  return (
    <Table<FormField>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={fields}
      pagination={false}
      locale={{ emptyText: t('none') }}
    />
  );
}
