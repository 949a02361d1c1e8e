import type { TableColumnsType } from 'antd';
import { useCertificateTerms } from '../../../../common/certificate-terms';
import { useT } from '../../../../common/locale';
import { commonMessages } from '../../i18n/commonMessages';
import { CertificateStatusTag } from './CertificateStatusTag';
import type { CertificateStatus, CertificateSummary, CertificateType } from './types';

const messages = {
  ...commonMessages,
  type: ['证照类型', 'Type'],
  number: ['证照编号', 'Number'],
  holder: ['持证主体', 'Holder'],
  issuer: ['发证机关', 'Issued by'],
  issuedOn: ['发证日期', 'Issued on'],
  validUntil: ['有效期至', 'Valid until'],
  longTerm: ['长期', 'No end date'],
} as const;

/** The columns of a certificate list, the same on the library page and on a holder's profile. */
export function useCertificateColumns(): TableColumnsType<CertificateSummary> {
  const t = useT(messages);
  const terms = useCertificateTerms();
  return [
    {
      title: t('type'),
      dataIndex: 'type',
      width: 150,
      render: (type: CertificateType) => terms.typeName(type),
    },
    {
      title: t('number'),
      dataIndex: 'certificateNumber',
      width: 200,
      render: (number: string) => <span className="certificate-code">{number}</span>,
    },
    {
      title: t('holder'),
      key: 'holder',
      render: (_, row) => (
        <>
          <div>{row.holderNameMasked}</div>
          <div className="table-note certificate-code">{row.holderNumberMasked}</div>
        </>
      ),
    },
    { title: t('issuer'), dataIndex: 'issuerName', width: 200 },
    { title: t('issuedOn'), dataIndex: 'issuedOn', width: 110 },
    {
      title: t('validUntil'),
      dataIndex: 'validUntil',
      width: 110,
      render: (until: string | null) => until ?? t('longTerm'),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 90,
      render: (status: CertificateStatus) => <CertificateStatusTag status={status} />,
    },
  ];
}
