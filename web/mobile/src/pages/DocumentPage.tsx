import { Skeleton } from 'antd-mobile';
import { useParams } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { loadMyDocument } from '../cases/api';
import { DocumentPaper } from '../cases/DocumentPaper';
import { ProgressQr } from '../cases/ProgressQr';
import { useCaseTerms } from '../cases/terms';
import { useLoaded } from '../catalog/useLoaded';
import { LoadFailure } from '../components/LoadFailure';
import { PageBody } from '../components/PageBody';
import { SubPageBar } from '../components/SubPageBar';

const messages = {
  title: ['通知书', 'Notice'],
  notFound: ['没有找到这份通知书', 'Notice not found'],
  failed: ['通知书没有打开', 'The notice did not open'],
} as const;

/** One written notice of the resident's case, as issued, with the case's progress QR code. */
export function DocumentPage() {
  const t = useT(messages);
  const terms = useCaseTerms();
  const { caseId = '', documentId = '' } = useParams();
  const { data, error, retry } = useLoaded(loadMyDocument, `${caseId}/${documentId}`);
  const publicCode = data && typeof data.content.publicCode === 'string' ? data.content.publicCode : null;

  return (
    <>
      <SubPageBar title={data ? terms.document(data.kind) : t('title')} />
      <PageBody>
        {error !== null ? (
          <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />
        ) : data === null ? (
          <div aria-busy="true">
            <Skeleton.Title animated />
            <Skeleton.Paragraph animated lineCount={8} />
          </div>
        ) : (
          <>
            <DocumentPaper document={data} />
            {publicCode && <ProgressQr publicCode={publicCode} />}
          </>
        )}
      </PageBody>
    </>
  );
}
