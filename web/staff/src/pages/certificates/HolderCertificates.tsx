import { Table } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../common/locale';
import type { Page } from '../../api/types';
import { useLookup } from '../../api/useApi';
import { CertificateDrawer } from './CertificateDrawer';
import type { CertificateSummary } from './types';
import { useCertificateColumns } from './useCertificateColumns';
import './certificates.css';

const messages = {
  empty: ['本辖区没有该主体的电子证照', 'No certificate of this holder in your scope'],
} as const;

/** One holder's certificates, as a person's or business's profile shows them. */
export function HolderCertificates({ holderNumber }: { holderNumber: string }) {
  const t = useT(messages);
  const columns = useCertificateColumns().filter((column) => column.key !== 'holder');
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, loading, reload } = useLookup<Page<CertificateSummary>>('/api/certificates/lookup', {
    holderNumber,
    pageSize: 50,
  });
  return (
    <>
      <Table<CertificateSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        rowClassName="certificate-row"
        onRow={(row) => ({ onClick: () => setOpenId(row.id) })}
        locale={{ emptyText: t('empty') }}
        pagination={false}
      />
      <CertificateDrawer id={openId} onClose={() => setOpenId(null)} onChanged={reload} />
    </>
  );
}
