import { Button, Skeleton } from 'antd-mobile';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../../common/api';
import { useT } from '../../../common/locale';
import { errorText } from '../catalog/api';
import { dayOf, fill } from '../catalog/format';
import { usePublishedItem } from '../catalog/usePublishedItem';
import styles from '../components/guide/Guide.module.css';
import { GuideSections } from '../components/guide/GuideSections';
import { GuideSummary } from '../components/guide/GuideSummary';
import { PageBody } from '../components/PageBody';
import { StatusBlock } from '../components/StatusBlock';
import { SubPageBar } from '../components/SubPageBar';

const messages = {
  title: ['办事指南', 'Service guide'],
  printHeading: ['一次办 · 办事指南', 'Yici · Service guide'],
  printedOn: ['打印日期：', 'Printed on '],
  print: ['打印办事指南', 'Print this guide'],
  apply: ['在线申请（即将上线）', 'Apply online (coming soon)'],
  department: ['实施主体：', 'Responsible body: '],
  code: ['实施编码：', 'Item code: '],
  version: ['指南版本：第{n}版', 'Guide version {n}'],
  updated: ['，更新于', ', updated '],
  notFound: ['没有找到这个事项', 'This service was not found'],
  notFoundText: [
    '事项可能已调整，请回到首页重新查找',
    'It may have changed; please search again from the home page',
  ],
  home: ['回到首页', 'Back to home'],
  failed: ['办事指南没有打开', 'The guide did not open'],
  retry: ['重试', 'Try again'],
} as const;

/** The public guide (办事指南) of one published item; readable on a phone, printable on A4. */
export function GuidePage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const { itemId = '' } = useParams();
  const { item, error, retry } = usePublishedItem(itemId);

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
    const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
    return (
      <>
        <SubPageBar title={t('title')} />
        <PageBody>
          <StatusBlock
            status={missing ? 'empty' : 'default'}
            title={missing ? t('notFound') : t('failed')}
            description={missing ? t('notFoundText') : errorText(error)}
          >
            <Button
              block
              size="large"
              color="primary"
              onClick={missing ? () => navigate('/', { replace: true }) : retry}
            >
              {missing ? t('home') : t('retry')}
            </Button>
          </StatusBlock>
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
              {dayOf(new Date())}
            </p>
            <header className={styles.head}>
              <h1 className={styles.name}>{item.content.name}</h1>
              <p className={styles.department}>{item.departmentName}</p>
            </header>
            <GuideSummary content={item.content} />
            <GuideSections content={item.content} />
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
                {item.publishedAt && `${t('updated')}${dayOf(item.publishedAt)}`}
              </p>
            </footer>
            <div className={styles.actions}>
              <Button block size="large" color="primary" fill="outline" onClick={() => window.print()}>
                {t('print')}
              </Button>
              <Button block size="large" color="primary" disabled>
                {t('apply')}
              </Button>
            </div>
          </article>
        )}
      </PageBody>
    </>
  );
}
