import type { ReactNode } from 'react';
import { setLocale, useLocale, useT } from '../../../common/locale';
import styles from './AppHeader.module.css';

const messages = {
  appName: ['一次办', 'Yici'],
  slogan: ['最多跑一次 · 一次办成', 'One trip at most · Done in one go'],
  otherLanguage: ['English', '中文'],
} as const;

/** The government-blue band at the top of the main pages; children sit inside it. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const t = useT(messages);
  const locale = useLocale();

  return (
    <header className={styles.band}>
      <div className={styles.titleRow}>
        <div>
          <h1 className={styles.appName}>{t('appName')}</h1>
          <p className={styles.slogan}>{t('slogan')}</p>
        </div>
        <button
          type="button"
          className={styles.language}
          onClick={() => setLocale(locale === 'en-US' ? 'zh-CN' : 'en-US')}
        >
          {t('otherLanguage')}
        </button>
      </div>
      {children}
    </header>
  );
}
