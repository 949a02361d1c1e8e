import { useQrCode } from '../../../common/certificate-qr';
import { useT } from '../../../common/locale';
import styles from './ProgressQr.module.css';

const messages = {
  heading: ['进度二维码', 'Progress QR code'],
  text: [
    '家人扫这个码也能看办理进度，不用登录，看不到您的个人信息。',
    'Family can scan this code to see the progress without signing in; your personal details stay hidden.',
  ],
  alt: ['办件进度二维码', 'QR code of the progress page'],
} as const;

/** The public progress page's address (/t/<code>), where a receipt's QR code points. */
export function progressUrl(publicCode: string): string {
  return `${window.location.origin}/t/${publicCode}`;
}

/** The QR code of the case's public progress page, with its link. */
export function ProgressQr({ publicCode }: { publicCode: string }) {
  const t = useT(messages);
  const url = progressUrl(publicCode);
  const image = useQrCode(url);

  return (
    <section className={styles.box}>
      <h3 className={styles.heading}>{t('heading')}</h3>
      <div className={styles.code}>
        {image && <img src={image} alt={t('alt')} width={168} height={168} />}
      </div>
      <p className={styles.text}>{t('text')}</p>
      <a className={styles.link} href={url}>
        {url}
      </a>
    </section>
  );
}
