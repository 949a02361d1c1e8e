import { Skeleton } from 'antd-mobile';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { beijingDay } from '../../../common/beijing-time';
import { useT } from '../../../common/locale';
import { getBundle } from '../catalog/api';
import { fill } from '../catalog/format';
import { onlineApplication } from '../catalog/terms';
import { useLoaded } from '../catalog/useLoaded';
import styles from '../components/bundle/Bundle.module.css';
import { BundleFields, BundleItems } from '../components/bundle/BundleParts';
import { BundleSummary } from '../components/bundle/BundleSummary';
import guide from '../components/guide/Guide.module.css';
import { GuideActions } from '../components/guide/GuideActions';
import { GuideMaterials } from '../components/guide/GuideMaterials';
import { GuideSection } from '../components/guide/GuideSection';
import { LoadFailure } from '../components/LoadFailure';
import { PageBody } from '../components/PageBody';
import { SubPageBar } from '../components/SubPageBar';

const messages = {
  title: ['一件事', 'One application'],
  printHeading: ['一次办 · 一件事办事指南', 'Yici · Bundled service guide'],
  printedOn: ['打印日期：', 'Printed on '],
  lead: ['牵头部门：', 'Lead department: '],
  items: ['包含的事项（{n}个）', 'Services included ({n})'],
  materials: ['一次提交的材料', 'Documents, given once'],
  fields: ['一张表填写的信息', 'One form to fill in'],
  shared: ['（{n}个事项共用）', ' (shared by {n} services)'],
  print: ['打印办事指南', 'Print this guide'],
  apply: ['一次申请', 'Apply once'],
  windowOnly: ['需到窗口办理', 'At a window only'],
  notFound: ['没有找到这个“一件事”', 'This bundle was not found'],
  failed: ['“一件事”没有打开', 'The page did not open'],
} as const;

/** A 一件事 (bundle): its items, the one list of documents and the one form; printable like a guide. */
export function BundlePage() {
  const t = useT(messages);
  const { bundleId = '' } = useParams();
  const navigate = useNavigate();
  const { data: bundle, error, retry } = useLoaded(getBundle, bundleId);
  const online = bundle?.items.some((item) => onlineApplication(item.onlineDepth)) ?? false;

  useEffect(() => {
    if (!bundle) return;
    const before = document.title;
    document.title = `${bundle.name} - ${t('title')}`;
    return () => {
      document.title = before;
    };
  }, [bundle, t]);

  return (
    <>
      <SubPageBar title={t('title')} />
      <PageBody>
        {error !== null ? (
          <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />
        ) : bundle === null ? (
          <div className={guide.section} aria-busy="true">
            <Skeleton.Title animated />
            <Skeleton.Paragraph animated lineCount={6} />
          </div>
        ) : (
          <article className={guide.guide}>
            <p className={guide.printOnly}>
              {t('printHeading')} · {t('printedOn')}
              {beijingDay(new Date())}
            </p>
            <header className={guide.head}>
              <h1 className={guide.name}>{bundle.name}</h1>
              <p className={guide.department}>
                {t('lead')}
                {bundle.leadDepartmentName}
              </p>
              {bundle.description && <p className={styles.description}>{bundle.description}</p>}
            </header>
            <BundleSummary merged={bundle.merged} />
            <GuideSection title={fill(t('items'), { n: bundle.items.length })}>
              <BundleItems items={bundle.items} />
            </GuideSection>
            <GuideSection title={t('materials')}>
              <GuideMaterials
                materials={bundle.merged.materials}
                nameNote={(material) =>
                  material.itemIds.length > 1 ? fill(t('shared'), { n: material.itemIds.length }) : ''
                }
              />
            </GuideSection>
            <GuideSection title={t('fields')}>
              <BundleFields fields={bundle.merged.formFields} />
            </GuideSection>
            <GuideActions
              printLabel={t('print')}
              applyLabel={t(online ? 'apply' : 'windowOnly')}
              onApply={online ? () => navigate(`/bundles/${bundleId}/apply`) : null}
            />
          </article>
        )}
      </PageBody>
    </>
  );
}
