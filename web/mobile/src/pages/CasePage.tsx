import { Button, List, Skeleton } from 'antd-mobile';
import { FileOutline } from 'antd-mobile-icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { loadMyCase, loadPublicProgress } from '../cases/api';
import { CaseTimeline } from '../cases/CaseTimeline';
import { CorrectionNotice } from '../cases/CorrectionNotice';
import { DeliveryCard, ENDED, ownFacts } from '../cases/DeliveryCard';
import { MissingMaterials } from '../cases/MissingMaterials';
import { ProgressQr } from '../cases/ProgressQr';
import { StatusCard } from '../cases/StatusCard';
import { useCaseTerms } from '../cases/terms';
import type { MyCaseDetail } from '../cases/types';
import { useLoaded } from '../catalog/useLoaded';
import { LoadFailure } from '../components/LoadFailure';
import { PageBody } from '../components/PageBody';
import { SubPageBar } from '../components/SubPageBar';
import styles from './CasePage.module.css';

const messages = {
  title: ['办件详情', 'Application'],
  documents: ['通知书和决定书', 'Written notices'],
  notFound: ['没有找到这个办件', 'Application not found'],
  failed: ['办件没有打开', 'The application did not open'],
  changeDelivery: ['更改结果领取方式', 'Change how I get the result'],
} as const;

function Loading() {
  return (
    <div className={styles.loading} aria-busy="true">
      <Skeleton.Title animated />
      <Skeleton.Paragraph animated lineCount={5} />
    </div>
  );
}

function CaseBody({ detail }: { detail: MyCaseDetail }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  const navigate = useNavigate();
  const { data: progress } = useLoaded(loadPublicProgress, detail.publicCode);

  return (
    <>
      {progress ? <StatusCard progress={progress} /> : <Loading />}
      <CorrectionNotice caseId={detail.id} />
      <MissingMaterials detail={detail} />
      {!ENDED.includes(detail.status) && (
        <DeliveryCard delivery={ownFacts(detail.delivery)}>
          {detail.delivery.changeable && (
            <Button
              block
              size="large"
              fill="outline"
              color="primary"
              className={styles.change}
              onClick={() => navigate(`/progress/${detail.id}/delivery`)}
            >
              {t('changeDelivery')}
            </Button>
          )}
        </DeliveryCard>
      )}
      {detail.documents.length > 0 && (
        <List header={t('documents')}>
          {[...detail.documents].reverse().map((document) => (
            <List.Item
              key={document.id}
              prefix={<FileOutline className={styles.fileIcon} />}
              description={`${terms.date(document.issuedAt)} · ${document.number}`}
              onClick={() => navigate(`/progress/${detail.id}/documents/${document.id}`)}
            >
              {terms.document(document.kind)}
            </List.Item>
          ))}
        </List>
      )}
      {progress && <CaseTimeline timeline={progress.timeline} />}
      <ProgressQr publicCode={detail.publicCode} />
    </>
  );
}

/** One of the resident's cases: where it stands, what to bring, its notices, its history and QR code. */
export function CasePage() {
  const t = useT(messages);
  const { caseId = '' } = useParams();
  const { data, error, retry } = useLoaded(loadMyCase, caseId);

  return (
    <>
      <SubPageBar title={t('title')} />
      <PageBody>
        {error !== null ? (
          <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />
        ) : data === null ? (
          <Loading />
        ) : (
          <CaseBody detail={data} />
        )}
      </PageBody>
    </>
  );
}
