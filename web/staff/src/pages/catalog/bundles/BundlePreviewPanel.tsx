import { Alert, Empty, Flex, Spin, Statistic, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import type { BundlePreview } from '../../../../../../src/modules/catalog/bundle-schemas';
import { type ApiError, post } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import { LimitText } from './LimitText';

const messages = {
  title: ['申请人将看到', 'What the applicant gets'],
  empty: [
    '加入事项后，这里显示合并后的材料清单、申请表和办理时限。',
    'Add items to see the merged material list, form and time limit.',
  ],
  limit: ['合计承诺时限', 'Combined limit'],
  limitNote: ['各事项并联办理，按最慢的事项计', 'Items run in parallel; the slowest counts'],
  visits: ['到现场', 'Visits'],
  zeroVisits: ['零次', 'None'],
  oneVisit: ['最多一次', 'At most one'],
  saved: [
    '合并后少填 {fields} 项、少交 {materials} 份材料',
    '{fields} fewer questions and {materials} fewer papers than separately',
  ],
  materials: ['一次提交的材料（{n}）', 'Papers, handed in once ({n})'],
  form: ['一张申请表（{n} 项）', 'One form ({n} fields)'],
  shared: ['{n}个事项共用', 'shared by {n} items'],
  required: ['必需', 'Required'],
  optional: ['非必需', 'Optional'],
  prefilled: ['自动带出', 'Pre-filled'],
  noMaterials: ['无需提交材料', 'No papers needed'],
  noFields: ['无需填表', 'No form'],
} as const;

/** Asks the server to merge the items (bundle-merge.ts) whenever the list changes; the latest answer wins. */
function usePreview(itemIds: readonly string[]) {
  const [preview, setPreview] = useState<BundlePreview>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const key = itemIds.join(',');
  useEffect(() => {
    const ids = key ? key.split(',') : [];
    if (ids.length === 0) {
      setPreview(undefined);
      return;
    }
    let stale = false;
    setLoading(true);
    post<BundlePreview>('/api/catalog/manage/bundles/preview', { itemIds: ids })
      .then((reply) => {
        if (stale) return;
        setPreview(reply);
        setError(undefined);
      })
      .catch((caught: ApiError) => !stale && setError(caught))
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [key]);
  return { preview: key ? preview : undefined, error, loading };
}

/** A numbered list of the preview under its heading, or a note when it is empty. */
function PreviewList(props: {
  title: string;
  empty: string;
  testId: string;
  entries: { key: string; content: ReactNode }[];
}) {
  return (
    <>
      <Typography.Text strong className="bundle-preview-heading">
        {props.title}
      </Typography.Text>
      {props.entries.length === 0 ? (
        <div className="table-note">{props.empty}</div>
      ) : (
        <ol className="bundle-preview-list" data-testid={props.testId}>
          {props.entries.map((entry) => (
            <li key={entry.key}>{entry.content}</li>
          ))}
        </ol>
      )}
    </>
  );
}

/** The live preview beside the bundle editor: one material list, one form, the combined limit. */
export function BundlePreviewPanel({ itemIds }: { itemIds: readonly string[] }) {
  const t = useT(messages);
  const terms = useCatalogTerms();
  const { preview, error, loading } = usePreview(itemIds);
  const shared = (ids: readonly string[]) =>
    ids.length > 1 ? (
      <Tag color="blue" className="bundle-shared">
        {t('shared').replace('{n}', String(ids.length))}
      </Tag>
    ) : null;

  return (
    <div className="bundle-preview" data-testid="bundle-preview">
      <Typography.Title level={5} className="bundle-preview-title">
        {t('title')} {loading && <Spin size="small" />}
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error.message} className="bundle-preview-error" />}
      {!preview ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      ) : (
        <>
          <Flex gap={32} wrap className="bundle-preview-stats">
            <Statistic
              title={t('limit')}
              valueRender={() => <LimitText days={preview.merged.promisedLimitDays} />}
            />
            <Statistic
              title={t('visits')}
              valueRender={() => (preview.merged.visits === 0 ? t('zeroVisits') : t('oneVisit'))}
            />
          </Flex>
          <div className="table-note">{t('limitNote')}</div>
          {(preview.merged.fieldsSaved > 0 || preview.merged.materialsSaved > 0) && (
            <Alert
              type="success"
              showIcon
              className="bundle-preview-saved"
              title={t('saved')
                .replace('{fields}', String(preview.merged.fieldsSaved))
                .replace('{materials}', String(preview.merged.materialsSaved))}
            />
          )}

          <PreviewList
            title={t('materials').replace('{n}', String(preview.merged.materials.length))}
            empty={t('noMaterials')}
            testId="bundle-preview-materials"
            entries={preview.merged.materials.map((material) => ({
              key: `${material.key}-${material.itemIds.join()}`,
              content: (
                <>
                  <span>{material.name}</span>
                  <Tag color={material.required ? 'red' : 'default'}>
                    {material.required ? t('required') : t('optional')}
                  </Tag>
                  <span className="table-note">
                    {material.forms.map((form) => terms.label('materialForm', form)).join('、')}
                  </span>
                  {shared(material.itemIds)}
                </>
              ),
            }))}
          />
          <PreviewList
            title={t('form').replace('{n}', String(preview.merged.formFields.length))}
            empty={t('noFields')}
            testId="bundle-preview-fields"
            entries={preview.merged.formFields.map((field) => ({
              key: `${field.key}-${field.itemIds.join()}`,
              content: (
                <>
                  <span>{field.label}</span>
                  <span className="table-note">{terms.label('fieldType', field.type)}</span>
                  {field.profileSource && <Tag color="geekblue">{t('prefilled')}</Tag>}
                  {shared(field.itemIds)}
                </>
              ),
            }))}
          />
        </>
      )}
    </div>
  );
}
