import { List } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import type { Resident } from '../session';
import styles from './AccountList.module.css';

const messages = {
  title: ['账号信息', 'Account'],
  phone: ['手机号码', 'Mobile number'],
  idNumber: ['身份证号码', 'ID number'],
  notLinked: ['未绑定', 'Not linked'],
  verify: ['实名认证', 'Verify your identity'],
  verifyNow: ['去认证', 'Verify now'],
} as const;

export function AccountList({ resident }: { resident: Resident }) {
  const t = useT(messages);
  const navigate = useNavigate();
  return (
    <List header={t('title')}>
      <List.Item extra={<span className={styles.value}>{resident.phoneMasked}</span>}>{t('phone')}</List.Item>
      <List.Item extra={<span className={styles.value}>{resident.idNumberMasked ?? t('notLinked')}</span>}>
        {t('idNumber')}
      </List.Item>
      {!resident.name && (
        <List.Item
          extra={<span className={styles.action}>{t('verifyNow')}</span>}
          onClick={() => navigate('/identity')}
        >
          {t('verify')}
        </List.Item>
      )}
    </List>
  );
}
