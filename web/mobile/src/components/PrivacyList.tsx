import { List } from 'antd-mobile';
import { EyeOutline } from 'antd-mobile-icons';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import iconStyles from './AccountList.module.css';
import styles from './PrivacyList.module.css';

const messages = {
  title: ['个人信息保护', 'My personal data'],
  reads: ['我的信息查阅记录', 'Who read my details'],
  readsText: ['哪些部门、为什么查阅过我的信息', 'Which departments looked at my details, and why'],
} as const;

/** 我的 → the resident's own read log. */
export function PrivacyList() {
  const t = useT(messages);
  const navigate = useNavigate();
  return (
    <List header={t('title')}>
      <List.Item
        className={styles.item}
        prefix={<EyeOutline className={iconStyles.icon} />}
        description={t('readsText')}
        clickable
        onClick={() => navigate('/data-reads')}
      >
        {t('reads')}
      </List.Item>
    </List>
  );
}
