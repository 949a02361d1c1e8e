import { Input, Table } from 'antd';
import { useState } from 'react';
import { CERTIFICATE_STATUSES } from '../../../../../src/shared/certificate-status';
import { CERTIFICATE_TYPE_KEYS } from '../../../../../src/shared/certificate-types';
import { useCertificateTerms } from '../../../../common/certificate-terms';
import { useT } from '../../../../common/locale';
import type { Page } from '../../api/types';
import { useApi, useLookup, withQuery } from '../../api/useApi';
import { AddButton } from '../../components/AddButton';
import { ChoiceFilter } from '../../components/ListFilters';
import { PageSection } from '../../components/PageSection';
import { useServerPaging } from '../../components/pagination';
import { commonMessages } from '../../i18n/commonMessages';
import { useStaffUser } from '../../session/SessionProvider';
import { CertificateDrawer } from './CertificateDrawer';
import { IssueCertificateDialog } from './IssueCertificateDialog';
import type { CertificateStatus, CertificateSummary, CertificateType } from './types';
import { useCertificateColumns } from './useCertificateColumns';
import './certificates.css';

const messages = {
  ...commonMessages,
  title: ['电子证照', 'E-certificates'],
  description: [
    '本辖区部门颁发和导入的电子证照。列表中的持证主体已脱敏，打开详情可查看完整信息。',
    'Certificates issued or imported by departments in your scope. Holders are masked in the list; open one to see it in full.',
  ],
  holderSearch: ['输入完整的身份证号码或统一社会信用代码', 'Full ID number or credit code'],
  allTypes: ['全部证照类型', 'All types'],
  allStatuses: ['全部状态', 'All statuses'],
  issue: ['颁发证照', 'Issue a certificate'],
  empty: ['没有符合条件的证照', 'No certificate matches'],
} as const;

interface Filters {
  holderNumber?: string;
  type?: CertificateType;
  status?: CertificateStatus;
}

/** 电子证照: find certificates by holder (exact), type and status; open one; issue one. */
export function CertificatesPage() {
  const t = useT(messages);
  const terms = useCertificateTerms();
  const user = useStaffUser();
  const [filters, setFilters] = useState<Filters>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const [issuing, setIssuing] = useState(false);
  const { paging, toFirstPage, pagination } = useServerPaging(20);
  // A holder's number is looked up in the request body, so it stays out of URLs and access logs.
  const { holderNumber, ...choices } = filters;
  const listed = useApi<Page<CertificateSummary>>(
    holderNumber ? null : withQuery('/api/certificates', { ...paging, ...choices }),
  );
  const lookedUp = useLookup<Page<CertificateSummary>>(
    '/api/certificates/lookup',
    holderNumber ? { ...paging, ...filters } : null,
  );
  const { data, loading, reload } = holderNumber ? lookedUp : listed;
  const filter = (change: Filters) => {
    setFilters((current) => ({ ...current, ...change }));
    toFirstPage();
  };

  const columns = useCertificateColumns();

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      extra={
        user.permissions.includes('certificate.manage') && (
          <AddButton onClick={() => setIssuing(true)}>{t('issue')}</AddButton>
        )
      }
      toolbar={
        <>
          <Input.Search
            allowClear
            placeholder={t('holderSearch')}
            aria-label={t('holderSearch')}
            onSearch={(value) => filter({ holderNumber: value.trim().toUpperCase() || undefined })}
            style={{ width: 320 }}
          />
          <ChoiceFilter
            value={filters.type}
            onChange={(type) => filter({ type })}
            placeholder={t('allTypes')}
            options={CERTIFICATE_TYPE_KEYS.map((type) => ({ value: type, label: terms.typeName(type) }))}
            width={180}
          />
          <ChoiceFilter
            value={filters.status}
            onChange={(status) => filter({ status })}
            placeholder={t('allStatuses')}
            options={(Object.keys(CERTIFICATE_STATUSES) as CertificateStatus[]).map((status) => ({
              value: status,
              label: terms.statusName(status),
            }))}
            width={130}
          />
        </>
      }
    >
      <Table<CertificateSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        rowClassName="certificate-row"
        onRow={(row) => ({ onClick: () => setOpenId(row.id) })}
        locale={{ emptyText: t('empty') }}
        pagination={pagination(data?.total)}
      />
      <CertificateDrawer id={openId} onClose={() => setOpenId(null)} onChanged={reload} />
      <IssueCertificateDialog
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(issued) => {
          reload();
          setOpenId(issued.id);
        }}
      />
    </PageSection>
  );
}
