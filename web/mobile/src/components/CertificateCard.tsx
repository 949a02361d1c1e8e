import { CenterPopup, Collapse } from 'antd-mobile';
import { useState } from 'react';
import type { CertificateType } from '../../../../src/shared/catalog-terms';
import type { CertificateStatus } from '../../../../src/shared/certificate-status';
import { useQrCode, verificationUrl } from '../../../common/certificate-qr';
import { STATUS_COLORS, useCertificateTerms } from '../../../common/certificate-terms';
import { useT } from '../../../common/locale';
import styles from './CertificateCard.module.css';

/** One of the resident's certificates as GET /api/resident/certificates gives it. */
export interface HeldCertificate {
  id: string;
  type: CertificateType;
  identifier: string;
  certificateNumber: string;
  holderName: string;
  issuerName: string;
  status: CertificateStatus;
  data: Record<string, string | number>;
  verifyToken: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
}

const messages = {
  number: ['证照编号', 'Number'],
  issuer: ['发证机关', 'Issued by'],
  validity: ['有效期', 'Valid'],
  data: ['照面信息', 'Certificate data'],
  qrAlt: ['{type}核验二维码', 'QR code to check the {type}'],
  enlarge: ['点击放大', 'Tap to enlarge'],
  show: ['请向工作人员出示此二维码', 'Show this QR code to the clerk'],
  showText: [
    '扫码可核验证照是否有效；对方只能看到状态和部分隐去的姓名、号码。',
    'A scan shows whether it is valid; the other side sees only its status and your name and number in part.',
  ],
  close: ['关闭', 'Close'],
} as const;

/** A certificate card: what it is, whether it is valid, its QR code (tap to show it large) and its data. */
export function CertificateCard({ certificate }: { certificate: HeldCertificate }) {
  const t = useT(messages);
  const terms = useCertificateTerms();
  const [showing, setShowing] = useState(false);
  const qr = useQrCode(verificationUrl(certificate.verifyToken));
  const typeName = terms.typeName(certificate.type);
  const alt = t('qrAlt').replace('{type}', typeName);

  return (
    <article className={styles.card} aria-label={typeName}>
      <header className={styles.head}>
        <h3 className={styles.type}>{typeName}</h3>
        <span className={styles.status} style={{ background: STATUS_COLORS[certificate.status] }}>
          {terms.statusName(certificate.status)}
        </span>
      </header>
      <div className={styles.body}>
        <dl className={styles.facts}>
          <dt>{t('number')}</dt>
          <dd className={styles.number}>{certificate.certificateNumber}</dd>
          <dt>{t('issuer')}</dt>
          <dd>{certificate.issuerName}</dd>
          <dt>{t('validity')}</dt>
          <dd>{terms.period(certificate.validFrom, certificate.validUntil)}</dd>
        </dl>
        <button type="button" className={styles.qrButton} onClick={() => setShowing(true)}>
          {qr && <img src={qr} alt={alt} className={styles.qr} />}
          <span className={styles.enlarge}>{t('enlarge')}</span>
        </button>
      </div>
      <Collapse className={styles.data}>
        <Collapse.Panel key="data" title={t('data')}>
          <dl className={styles.facts}>
            {terms.dataRows(certificate.type, certificate.data).map((row) => (
              <div key={row.key} className={styles.dataRow}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </Collapse.Panel>
      </Collapse>
      <CenterPopup
        visible={showing}
        onMaskClick={() => setShowing(false)}
        showCloseButton
        onClose={() => setShowing(false)}
      >
        <div className={styles.popup}>
          <h3 className={styles.popupTitle}>{typeName}</h3>
          {qr && <img src={qr} alt={alt} className={styles.qrLarge} />}
          <p className={styles.popupText}>{t('show')}</p>
          <p className={styles.popupNote}>{t('showText')}</p>
        </div>
      </CenterPopup>
    </article>
  );
}
