import { Card } from 'antd-mobile';
import { ScanCodeOutline } from 'antd-mobile-icons';
import { useT } from '../../../common/locale';
import styles from './ScanTip.module.css';

const messages = {
  title: ['扫码查进度', 'Scan to check progress'],
  text: [
    '扫描回执单上的二维码即可查看办理进度',
    'Scan the QR code on your receipt to see how your application is going',
  ],
} as const;

/** Tells residents that the receipt's QR code leads to the application's progress. */
export function ScanTip() {
  const t = useT(messages);
  return (
    <Card className={styles.card}>
      <ScanCodeOutline className={styles.icon} />
      <div>
        <h3 className={styles.title}>{t('title')}</h3>
        <p className={styles.text}>{t('text')}</p>
      </div>
    </Card>
  );
}
