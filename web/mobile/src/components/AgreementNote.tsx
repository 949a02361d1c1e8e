import { Toast } from 'antd-mobile';
import { useT } from '../../../common/locale';
import styles from './AgreementNote.module.css';

const messages = {
  before: ['登录即表示您已阅读并同意', 'By signing in you agree to the '],
  terms: ['《用户服务协议》', 'Terms of Service'],
  and: ['和', ' and the '],
  privacy: ['《隐私政策》', 'Privacy Policy'],
  comingSoon: ['协议全文即将上线', 'The full text is coming soon'],
} as const;

export function AgreementNote() {
  const t = useT(messages);
  const showComingSoon = () => Toast.show({ content: t('comingSoon') });
  return (
    <p className={styles.note}>
      {t('before')}
      <button type="button" className={styles.link} onClick={showComingSoon}>
        {t('terms')}
      </button>
      {t('and')}
      <button type="button" className={styles.link} onClick={showComingSoon}>
        {t('privacy')}
      </button>
    </p>
  );
}
