import { Collapse } from 'antd-mobile';
import { useDemoMode } from '../../../common/demo-mode';
import { useT } from '../../../common/locale';
import styles from './DemoHint.module.css';

const messages = {
  title: ['演示说明', 'Demo note'],
  text: [
    '演示：验证码发送到工作人员端的消息发件箱（管理员 admin / yici2026 登录查看）',
    'Demo: codes go to the staff app’s message outbox (sign in there as admin / yici2026 to read them)',
  ],
  openStaffApp: ['打开工作人员端', 'Open the staff app'],
} as const;

/** No real SMS is sent in the demo; this says where the code can be read. */
export function DemoHint() {
  const t = useT(messages);
  if (!useDemoMode()) return null;
  return (
    <Collapse className={styles.hint}>
      <Collapse.Panel key="demo" title={t('title')}>
        <p className={styles.text}>{t('text')}</p>
        <a className={styles.link} href="/" target="_blank" rel="noreferrer">
          {t('openStaffApp')}
        </a>
      </Collapse.Panel>
    </Collapse>
  );
}
