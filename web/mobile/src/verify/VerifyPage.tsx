import { List, Skeleton } from 'antd-mobile';
import {
  CheckCircleFill,
  ClockCircleFill,
  CloseCircleFill,
  ExclamationCircleFill,
  QuestionCircleFill,
} from 'antd-mobile-icons';
import { useCallback } from 'react';
import type { CertificateType } from '../../../../src/shared/catalog-terms';
import type { CertificateStatus } from '../../../../src/shared/certificate-status';
import { ApiError, get } from '../../../common/api';
import { STATUS_COLORS, useCertificateTerms } from '../../../common/certificate-terms';
import { useT } from '../../../common/locale';
import { useLoaded } from '../catalog/useLoaded';
import { AppHeader } from '../components/AppHeader';
import { PageBody } from '../components/PageBody';
import styles from './Verify.module.css';

/** What GET /api/public/certificates/:token says; nothing more is ever shown here. */
interface Verification {
  status: CertificateStatus;
  type: CertificateType;
  typeName: string;
  issuerName: string;
  holderNameMasked: string;
  holderNumberMasked: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
  checkedOn: string;
}

const messages = {
  title: ['电子证照核验', 'Certificate check'],
  valid: ['该证照有效', 'This certificate is valid'],
  suspended: ['该证照已暂停使用', 'This certificate is suspended'],
  revoked: ['该证照已撤销', 'This certificate has been revoked'],
  expired: ['该证照已过有效期', 'This certificate has expired'],
  type: ['证照类型', 'Type'],
  issuer: ['发证机关', 'Issued by'],
  issuedOn: ['发证日期', 'Issued on'],
  validity: ['有效期', 'Valid'],
  holder: ['持证主体', 'Holder'],
  holderNumber: ['证件号码', 'ID number'],
  checkedOn: ['核验日期', 'Checked on'],
  privacy: [
    '为保护个人信息，本页只显示证照状态和部分隐去的持证主体信息。',
    "To protect personal data, this page shows only the certificate's status and the holder in part.",
  ],
  notFound: ['未找到该证照', 'Certificate not found'],
  notFoundText: [
    '二维码可能有误或已损坏，请向出示证照的一方核实。',
    'The QR code may be wrong or damaged; please check with the person who showed it.',
  ],
  failed: ['暂时无法核验', 'Cannot check right now'],
  failedText: [
    '网络或服务暂时不可用，请稍后重新扫码。',
    'The service is unavailable; please scan again later.',
  ],
} as const;

const ICONS = {
  valid: CheckCircleFill,
  suspended: ClockCircleFill,
  revoked: CloseCircleFill,
  expired: ExclamationCircleFill,
} as const;

/** The public page a certificate's QR code opens (/v/<token>): is it valid, and whose, masked. */
export function VerifyPage({ token }: { token: string }) {
  const t = useT(messages);
  const terms = useCertificateTerms();
  const load = useCallback(
    (key: string) => get<Verification>(`/api/public/certificates/${encodeURIComponent(key)}`),
    [],
  );
  const { data, error } = useLoaded(load, token);
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  const Icon = data ? ICONS[data.status] : QuestionCircleFill;
  const color = data ? STATUS_COLORS[data.status] : STATUS_COLORS.expired;

  return (
    <>
      <AppHeader>
        <h2 className={styles.title}>{t('title')}</h2>
      </AppHeader>
      <PageBody>
        {data === null && error === null ? (
          <div className={styles.card} aria-busy="true">
            <Skeleton.Title animated />
            <Skeleton.Paragraph animated lineCount={5} />
          </div>
        ) : (
          <section className={styles.card} aria-live="polite">
            <div className={styles.verdict} style={{ color }}>
              <Icon className={styles.icon} />
              <p className={styles.status}>
                {data ? terms.statusName(data.status) : t(missing ? 'notFound' : 'failed')}
              </p>
              <p className={styles.statusText}>
                {data ? t(data.status) : t(missing ? 'notFoundText' : 'failedText')}
              </p>
            </div>
          </section>
        )}
        {data && (
          <List className={styles.facts}>
            <List.Item extra={terms.typeName(data.type)}>{t('type')}</List.Item>
            <List.Item extra={data.issuerName}>{t('issuer')}</List.Item>
            <List.Item extra={data.issuedOn}>{t('issuedOn')}</List.Item>
            <List.Item extra={terms.period(data.validFrom, data.validUntil)}>{t('validity')}</List.Item>
            <List.Item extra={data.holderNameMasked}>{t('holder')}</List.Item>
            <List.Item extra={<span className={styles.number}>{data.holderNumberMasked}</span>}>
              {t('holderNumber')}
            </List.Item>
            <List.Item extra={data.checkedOn}>{t('checkedOn')}</List.Item>
          </List>
        )}
        {data && <p className={styles.privacy}>{t('privacy')}</p>}
      </PageBody>
    </>
  );
}
