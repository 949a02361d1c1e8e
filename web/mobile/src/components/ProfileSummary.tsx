import { CheckShieldFill, ExclamationShieldFill, UserOutline } from 'antd-mobile-icons';
import { useT } from '../../../common/locale';
import type { Resident } from '../session';
import styles from './ProfileSummary.module.css';

const messages = {
  unverified: ['未实名', 'Not verified'],
  verified: ['已实名', 'Verified'],
  waiting: ['实名待核验', 'Not verified yet'],
} as const;

/** The resident's name and real-name status, inside the blue header band. */
export function ProfileSummary({ resident }: { resident: Resident }) {
  const t = useT(messages);
  return (
    <div className={styles.summary}>
      <UserOutline className={styles.avatar} />
      <div>
        <p className={styles.name}>{resident.name ?? t('unverified')}</p>
        {resident.identity === 'verified' && (
          <span className={styles.verified}>
            <CheckShieldFill /> {t('verified')}
          </span>
        )}
        {resident.identity === 'unverified' && (
          <span className={styles.waiting}>
            <ExclamationShieldFill /> {t('waiting')}
          </span>
        )}
      </div>
    </div>
  );
}
