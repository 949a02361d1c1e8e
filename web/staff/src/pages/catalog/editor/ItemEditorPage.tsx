import { Button, Result, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../../../common/locale';
import type { Items } from '../../../api/types';
import { useApi } from '../../../api/useApi';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import { useCatalogAccess } from '../access';
import { NewVersionButton } from '../NewVersionButton';
import type { ItemVersionWithReviews } from '../types';
import { useDepartments } from '../useDepartments';
import { newItemValues, toEditorValues } from './editorValues';
import { ItemEditorForm } from './ItemEditorForm';
import '../catalog.css';

const messages = {
  newTitle: ['新建事项', 'New item'],
  editTitle: ['编辑草稿 · {name}（第{v}版）', 'Edit draft · {name} (v{v})'],
  locked: ['该版本不能编辑', 'This version cannot be edited'],
  inReview: [
    '当前版本状态为“{status}”。审核中的版本须被退回草稿后才能修改。',
    'This version is "{status}". A version under review must be returned to draft before it can change.',
  ],
  published: [
    '当前版本状态为“{status}”，已锁定。如需修改，请创建新版本：新草稿审核发布前，现行版本继续有效。',
    'This version is "{status}" and locked. Start a new version to change it; the current one stays in force until then.',
  ],
  back: ['返回事项', 'Back to the item'],
  notFound: ['找不到该事项', 'Item not found'],
} as const;

/** /catalog/new and /catalog/:id/edit: only a draft is editable; a published item offers a new version. */
export function ItemEditorPage() {
  const { id } = useParams();
  const t = useT(messages);
  const navigate = useNavigate();
  const terms = useCatalogTerms();
  const access = useCatalogAccess();
  const departments = useDepartments();
  const { data, loading, error, reload } = useApi<Items<ItemVersionWithReviews>>(
    id ? `/api/catalog/manage/items/${id}/versions` : null,
  );

  if (!id) {
    if (departments.loading) return <Spin className="catalog-loading" />;
    // With one department to edit for (the usual case) it is chosen already.
    const mine = departments.active.filter((department) => access.canEditFor(department));
    return (
      <ItemEditorForm
        title={t('newTitle')}
        initialValues={newItemValues(mine.length === 1 ? mine[0]?.id : undefined)}
        departments={departments}
      />
    );
  }
  if (error) return <Result status="404" title={t('notFound')} subTitle={error.message} />;
  const latest = data?.items[0];
  if (loading || !latest || departments.loading) return <Spin className="catalog-loading" />;

  if (latest.status !== 'draft') {
    const locked = latest.status === 'published' || latest.status === 'superseded';
    return (
      <Result
        status="info"
        title={t('locked')}
        subTitle={t(locked ? 'published' : 'inReview').replace(
          '{status}',
          terms.label('status', latest.status),
        )}
        extra={[
          <Button key="back" onClick={() => navigate(`/catalog/${id}`)}>
            {t('back')}
          </Button>,
          locked && access.canEditFor(departments.byId(latest.content.departmentId)) && (
            <NewVersionButton key="new" itemId={id} onCreated={reload} />
          ),
        ]}
      />
    );
  }
  return (
    <ItemEditorForm
      key={`${id}-${latest.version}`}
      title={t('editTitle').replace('{name}', latest.content.name).replace('{v}', String(latest.version))}
      itemId={id}
      initialValues={toEditorValues(latest.content)}
      departments={departments}
    />
  );
}
