import { Tag } from 'antd';
import { STATUS_COLORS, useCertificateTerms } from '../../../../common/certificate-terms';
import type { CertificateStatus } from './types';

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const terms = useCertificateTerms();
  return (
    <Tag color={STATUS_COLORS[status]} className="certificate-status">
      {terms.statusName(status)}
    </Tag>
  );
}
