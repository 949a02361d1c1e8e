import { CheckShieldFill, UserOutline } from 'antd-mobile-icons';
import { useT } from '../../../common/locale';
import type { Resident } from '../session';
import styles from './ProfileSummary.module.css';

const messages = {
  unverified: ['未实名', 'Not verified'],
  verified: ['已实名', 'Verified'],
} as const;

/** The resident's name and real-name status, inside the blue header band. */
export function ProfileSummary({ resident }: { resident: Resident }) {
  const t = useT(messages);
  return (
    <div className={styles.summary}>
      <UserOutline className={styles.avatar} />
      <div>
        <p className={styles.name}>{resident.name ?? t('unverified')}</p>
        {resident.name && (
          <span className={styles.verified}>
            <CheckShieldFill /> {t('verified')}
          </span>
        )}
      </div>
    </div>
  );
}
