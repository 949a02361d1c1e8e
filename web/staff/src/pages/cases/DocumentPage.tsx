import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Spin } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useQrCode } from '../../../../common/certificate-qr';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { DocumentBody, type DocumentContent } from './DocumentBody';
import type { DocumentView } from './types';
import './document.css';

const messages = {
  back: ['返回办件', 'Back to the case'],
  print: ['打印', 'Print'],
  scan: ['扫码查询办理进度', 'Scan to follow the case'],
  caseNumber: ['办件编号', 'Case number'],
  item: ['申请事项', 'Item'],
  applicant: ['申请人', 'Applicant'],
  place: ['受理地点', 'Taken in at'],
  seal: ['（盖章）', '(seal)'],
} as const;

/** The public progress page the receipt's QR code opens. */
export const progressUrl = (publicCode: string) => `${window.location.origin}/t/${publicCode}`;

/** One intake document on A4, as issued (the stored snapshot), with the progress QR code. */
export function DocumentPage() {
  const t = useT(messages);
  const { id = '', documentId = '' } = useParams();
  const document = useApi<DocumentView>(`/api/cases/${id}/documents/${documentId}`);
  const content = document.data?.content as DocumentContent | undefined;
  const qr = useQrCode(content ? progressUrl(content.publicCode) : null);
  if (!document.data || !content) return <Spin className="catalog-loading" spinning={document.loading} />;

  return (
    <Flex vertical gap={12} align="center">
      <Flex gap={8} className="print-hide document-actions">
        <Link to={`/cases/${id}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('print')}
        </Button>
      </Flex>
      <article className="case-document" data-testid="case-document">
        <header className="case-document-head">
          <div className="case-document-office">{content.officeName}</div>
          <h1>{content.title}</h1>
          <div className="case-document-number">{content.number}</div>
        </header>
        <table className="case-document-facts">
          <tbody>
            <tr>
              <th>{t('caseNumber')}</th>
              <td>{content.caseNumber}</td>
              <td rowSpan={4} className="case-document-qr">
                {qr && <img src={qr} alt={t('scan')} />}
                <div>{t('scan')}</div>
              </td>
            </tr>
            <tr>
              <th>{t('item')}</th>
              <td>{content.itemName}</td>
            </tr>
            <tr>
              <th>{t('applicant')}</th>
              <td>{content.applicantName}</td>
            </tr>
            <tr>
              <th>{t('place')}</th>
              <td>{content.placeName ?? '—'}</td>
            </tr>
          </tbody>
        </table>
        <DocumentBody kind={document.data.kind} content={content} />
        <footer className="case-document-foot">
          <div>{content.officeName}</div>
          <div>{t('seal')}</div>
          <div>{content.issuedOn}</div>
        </footer>
      </article>
    </Flex>
  );
}
