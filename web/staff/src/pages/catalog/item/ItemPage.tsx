import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../../../common/locale';
import type { Items } from '../../../api/types';
import { useApi } from '../../../api/useApi';
import { formatDateTime } from '../../../components/format';
import { useCatalogAccess } from '../access';
import { HandlingKindTag, StatusTag } from '../CatalogTags';
import { NewVersionButton } from '../NewVersionButton';
import type { ItemVersionWithReviews } from '../types';
import { useDepartments } from '../useDepartments';
import { ItemContentView } from './ItemContentView';
import { ReviewActions } from './ReviewActions';
import { ReviewPipeline } from './ReviewPipeline';
import { VersionsTab } from './VersionsTab';
import '../catalog.css';

const messages = {
  back: ['事项管理', 'Service items'],
  notFound: ['找不到该事项', 'Item not found'],
  editDraft: ['编辑草稿', 'Edit draft'],
  versionN: ['第{n}版', 'Version {n}'],
  updated: ['更新于 {at}', 'Updated {at}'],
  publishedStill: [
    '对外公布的仍是第{n}版；第{m}版发布后替代它。',
    'Version {n} stays public until version {m} is published.',
  ],
  viewingOld: ['正在查看第{n}版（非最新版本）', 'Viewing version {n} (not the latest)'],
  backToLatest: ['查看最新版本', 'Show the latest'],
  pipeline: ['审核流程', 'Review pipeline'],
  instruction: ['作业指导书', 'Work instruction'],
  versions: ['版本', 'Versions'],
} as const;

/** /catalog/:id: an item's header and actions, its review pipeline, its content and its versions. */
export function ItemPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const navigate = useNavigate();
  const access = useCatalogAccess();
  const departments = useDepartments();
  const { data, loading, error, reload } = useApi<Items<ItemVersionWithReviews>>(
    `/api/catalog/manage/items/${id}/versions`,
  );
  const [viewed, setViewed] = useState<number>();
  const [tab, setTab] = useState('content');

  if (error) {
    return (
      <Result
        status="404"
        title={t('notFound')}
        subTitle={error.message}
        extra={<Button onClick={() => navigate('/catalog')}>{t('back')}</Button>}
      />
    );
  }
  const latest = data?.items[0];
  if (loading && !latest) return <Spin className="catalog-loading" />;
  if (!latest || !data) return null;

  const shown = data.items.find((version) => version.version === viewed) ?? latest;
  const canEdit = access.canEditFor(departments.byId(latest.content.departmentId));
  const locked = latest.status === 'published' || latest.status === 'superseded';
  const publishedVersion = data.items.find((version) => version.status === 'published');
  const firstChecker = latest.reviews.filter((review) => review.step === 'first_check').at(-1)?.actorName;
  const view = (version: number) => {
    setViewed(version);
    setTab('content');
  };

  return (
    <div className="catalog-item">
      <Link to="/catalog" className="catalog-back print-hide">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <Card variant="borderless" className="catalog-item-head print-hide">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div>
            <Flex align="center" gap={8} wrap>
              <Typography.Title level={4} className="catalog-item-title">
                {latest.content.name}
              </Typography.Title>
              <StatusTag status={latest.status} />
              <HandlingKindTag kind={latest.content.handlingKind} />
            </Flex>
            <Typography.Text copyable className="catalog-code catalog-code-large">
              {latest.implementationCode}
            </Typography.Text>
            <div className="table-note">
              {latest.departmentName} · {t('versionN').replace('{n}', String(latest.version))} ·{' '}
              {t('updated').replace('{at}', formatDateTime(latest.updatedAt))}
            </div>
          </div>
          <Flex gap={8} wrap data-testid="item-actions">
            {latest.status === 'draft' && canEdit && (
              <Button icon={<EditOutlined />} onClick={() => navigate(`/catalog/${id}/edit`)}>
                {t('editDraft')}
              </Button>
            )}
            <ReviewActions
              itemId={id}
              status={latest.status}
              canEdit={canEdit}
              canReview={access.canReview}
              firstChecker={firstChecker}
              currentUserName={access.displayName}
              onDone={reload}
            />
            {locked && canEdit && <NewVersionButton itemId={id} />}
          </Flex>
        </Flex>
        {publishedVersion && publishedVersion.version !== latest.version && (
          <Alert
            type="info"
            showIcon
            className="catalog-item-note"
            title={t('publishedStill')
              .replace('{n}', String(publishedVersion.version))
              .replace('{m}', String(latest.version))}
          />
        )}
      </Card>

      <Card variant="borderless" title={t('pipeline')} className="catalog-item-card print-hide">
        <ReviewPipeline version={latest} />
      </Card>

      <Card variant="borderless" className="catalog-item-card catalog-item-tabs">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'content',
              label: `${t('instruction')} · ${t('versionN').replace('{n}', String(shown.version))}`,
              children: (
                <>
                  {shown !== latest && (
                    <Alert
                      type="warning"
                      showIcon
                      className="catalog-item-note print-hide"
                      title={
                        <Flex gap={8} align="center">
                          {t('viewingOld').replace('{n}', String(shown.version))}
                          <StatusTag status={shown.status} />
                          <Button size="small" onClick={() => setViewed(undefined)}>
                            {t('backToLatest')}
                          </Button>
                        </Flex>
                      }
                    />
                  )}
                  <ItemContentView version={shown} departments={departments} />
                </>
              ),
            },
            {
              key: 'versions',
              label: (
                <span>
                  {t('versions')} <Tag className="catalog-tab-count">{data.items.length}</Tag>
                </span>
              ),
              children: (
                <VersionsTab
                  itemId={id}
                  versions={data.items}
                  viewed={shown.version}
                  onView={view}
                  departments={departments}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
