import { Skeleton } from 'antd-mobile';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { beijingDay } from '../../../common/beijing-time';
import { useT } from '../../../common/locale';
import { fill } from '../catalog/format';
import { onlineApplication } from '../catalog/terms';
import { usePublishedItem } from '../catalog/usePublishedItem';
import styles from '../components/guide/Guide.module.css';
import { GuideActions } from '../components/guide/GuideActions';
import { GuideSections } from '../components/guide/GuideSections';
import { GuideSummary } from '../components/guide/GuideSummary';
import { LoadFailure } from '../components/LoadFailure';
import { PageBody } from '../components/PageBody';
import { SubPageBar } from '../components/SubPageBar';

const messages = {
  title: ['办事指南', 'Service guide'],
  printHeading: ['一次办 · 办事指南', 'Yici · Service guide'],
  printedOn: ['打印日期：', 'Printed on '],
  print: ['打印办事指南', 'Print this guide'],
  apply: ['在线申请', 'Apply online'],
  windowOnly: ['本事项请到窗口办理', 'Apply for this at a service window'],
  department: ['实施主体：', 'Responsible body: '],
  code: ['实施编码：', 'Item code: '],
  version: ['指南版本：第{n}版', 'Guide version {n}'],
  updated: ['，更新于', ', updated '],
  notFound: ['没有找到这个事项', 'This service was not found'],
  failed: ['办事指南没有打开', 'The guide did not open'],
} as const;

/** The public guide (办事指南) of one published item; readable on a phone, printable on A4. */
export function GuidePage() {
  const t = useT(messages);
  const { itemId = '' } = useParams();
  const { item, error, retry } = usePublishedItem(itemId);
  const navigate = useNavigate();

  useEffect(() => {
    if (!item) return;
    // Printing names the page (and the PDF) after the item.
    const before = document.title;
    document.title = `${item.content.name} - ${t('title')}`;
    return () => {
      document.title = before;
    };
  }, [item, t]);

  if (error !== null) {
    return (
      <>
        <SubPageBar title={t('title')} />
        <PageBody>
          <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />
        </PageBody>
      </>
    );
  }

  return (
    <>
      <SubPageBar title={t('title')} />
      <PageBody>
        {item === null ? (
          <div className={styles.section} aria-busy="true">
            <Skeleton.Title animated />
            <Skeleton.Paragraph animated lineCount={6} />
          </div>
        ) : (
          <article className={styles.guide}>
            <p className={styles.printOnly}>
              {t('printHeading')} · {t('printedOn')}
              {beijingDay(new Date())}
            </p>
            <header className={styles.head}>
              <h1 className={styles.name}>{item.content.name}</h1>
              <p className={styles.department}>{item.departmentName}</p>
            </header>
            <GuideSummary content={item.content} />
            <GuideSections content={item.content} itemId={itemId} />
            <footer className={styles.meta}>
              <p>
                {t('department')}
                {item.departmentName}
              </p>
              <p>
                {t('code')}
                <span className={styles.code}>{item.implementationCode}</span>
              </p>
              <p>
                {fill(t('version'), { n: item.version })}
                {item.publishedAt && `${t('updated')}${beijingDay(item.publishedAt)}`}
              </p>
            </footer>
            <GuideActions
              printLabel={t('print')}
              applyLabel={t(onlineApplication(item.content.onlineDepth) ? 'apply' : 'windowOnly')}
              onApply={
                onlineApplication(item.content.onlineDepth) ? () => navigate(`/items/${itemId}/apply`) : null
              }
            />
          </article>
        )}
      </PageBody>
    </>
  );
}
