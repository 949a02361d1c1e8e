import { Descriptions, Typography } from 'antd';
import { useCertificateTerms } from '../../../../common/certificate-terms';
import { useT } from '../../../../common/locale';
import { CertificateStatusTag } from './CertificateStatusTag';
import type { CertificateDetail } from './types';

const messages = {
  identifier: ['证照标识', 'Identifier'],
  number: ['证照编号', 'Number'],
  holder: ['持证主体', 'Holder'],
  issuer: ['发证机关', 'Issued by'],
  issuedOn: ['发证日期', 'Issued on'],
  validity: ['有效期', 'Valid'],
  status: ['状态', 'Status'],
  origin: ['来源', 'Source'],
  manual: ['工作人员颁发', 'Issued by staff'],
  case: ['办件结果', 'Result of a case'],
  import: ['源系统导入', 'Imported'],
} as const;

/** The certificate's own facts: identifier, holder in full, issuer, dates, status. */
export function CertificateFacts({ certificate }: { certificate: CertificateDetail }) {
  const t = useT(messages);
  const terms = useCertificateTerms();
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: 104 } }}>
      <Descriptions.Item label={t('identifier')}>
        <Typography.Text copyable className="certificate-code certificate-identifier">
          {certificate.identifier}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('number')}>
        <span className="certificate-code">{certificate.certificateNumber}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('holder')}>
        <div>{certificate.holderName}</div>
        <div className="table-note">
          {terms.holderIdTypeName(certificate.holderIdType)}{' '}
          <span className="certificate-code">{certificate.holderNumber}</span>
        </div>
      </Descriptions.Item>
      <Descriptions.Item label={t('issuer')}>{certificate.issuerName}</Descriptions.Item>
      <Descriptions.Item label={t('issuedOn')}>{certificate.issuedOn}</Descriptions.Item>
      <Descriptions.Item label={t('validity')}>
        {terms.period(certificate.validFrom, certificate.validUntil)}
      </Descriptions.Item>
      <Descriptions.Item label={t('status')}>
        <CertificateStatusTag status={certificate.status} />
        {certificate.statusReason && <span className="table-note"> {certificate.statusReason}</span>}
      </Descriptions.Item>
      <Descriptions.Item label={t('origin')}>{t(certificate.origin)}</Descriptions.Item>
    </Descriptions>
  );
}
