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
  state: ['实名状态', 'Identity'],
  verified: ['已核验', 'Verified'],
  waiting: ['待核验', 'Not verified'],
  waitingHelp: [
    '请带上身份证原件到任一便民服务中心窗口核验，核验后可查看证照、材料和办件，在线申请自动填表。',
    'Bring your ID card to any service centre window; once checked you see your certificates, papers and cases, and forms fill themselves.',
  ],
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
      {resident.identity !== 'none' && (
        <List.Item
          extra={
            <span className={styles.value}>
              {t(resident.identity === 'verified' ? 'verified' : 'waiting')}
            </span>
          }
          description={resident.identity === 'unverified' ? t('waitingHelp') : undefined}
        >
          {t('state')}
        </List.Item>
      )}
      {resident.identity === 'none' && (
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
