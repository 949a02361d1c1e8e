import { Button, Skeleton } from 'antd-mobile';
import { ApiError } from '../../../common/api';
import { useT } from '../../../common/locale';
import { loadPublicProgress } from '../cases/api';
import { CaseTimeline } from '../cases/CaseTimeline';
import { DeliveryCard, ENDED, publicFacts } from '../cases/DeliveryCard';
import { StatusCard } from '../cases/StatusCard';
import { errorText } from '../catalog/api';
import { useLoaded } from '../catalog/useLoaded';
import { AppHeader } from '../components/AppHeader';
import { PageBody } from '../components/PageBody';
import { StatusBlock } from '../components/StatusBlock';
import styles from './Track.module.css';

const messages = {
  title: ['办件进度查询', 'Application progress'],
  about: [
    '这是回执单上二维码打开的进度页，谁扫码都能看到事情办到哪一步；为保护隐私，姓名只显示一部分，不显示证件号码和地址。',
    'This page opens from the QR code on your receipt and shows how far your application has got. To protect privacy, names are partly hidden and no ID number or address is shown.',
  ],
  notFound: ['没有查到这个办件', 'No application found'],
  notFoundText: [
    '二维码可能没有扫完整，请对准回执上的二维码再扫一次；仍然不行，请拿着回执到办事窗口问一问。',
    'The code may not have scanned fully. Please scan the QR code on your receipt again, or bring the receipt to a service window.',
  ],
  failed: ['暂时查不了', 'Cannot look it up right now'],
  retry: ['再查一次', 'Try again'],
  openApp: ['打开“一次办”看我的全部办件', 'Open Yici to see all my applications'],
} as const;

/** The public page a receipt's QR code opens: where the case stands and everything that happened. */
export function TrackPage({ code }: { code: string }) {
  const t = useT(messages);
  const { data, error, retry } = useLoaded(loadPublicProgress, code);
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);

  return (
    <>
      <AppHeader>
        <h2 className={styles.title}>{t('title')}</h2>
      </AppHeader>
      <PageBody>
        <p className={styles.about}>{t('about')}</p>
        {error !== null ? (
          <StatusBlock
            status={missing ? 'empty' : 'default'}
            title={t(missing ? 'notFound' : 'failed')}
            description={missing ? t('notFoundText') : errorText(error)}
          >
            {!missing && (
              <Button block size="large" color="primary" onClick={retry}>
                {t('retry')}
              </Button>
            )}
          </StatusBlock>
        ) : data === null ? (
          <div className={styles.loading} aria-busy="true">
            <Skeleton.Title animated />
            <Skeleton.Paragraph animated lineCount={6} />
          </div>
        ) : (
          <>
            <StatusCard progress={data} />
            {!ENDED.includes(data.status) && <DeliveryCard delivery={publicFacts(data.delivery)} />}
            <CaseTimeline timeline={data.timeline} />
          </>
        )}
        <a className={styles.appLink} href="/m/progress">
          {t('openApp')}
        </a>
      </PageBody>
    </>
  );
}
