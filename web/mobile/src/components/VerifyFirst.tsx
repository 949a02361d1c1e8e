import { Button } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import type { Resident } from '../session';
import { StatusBlock } from './StatusBlock';

const messages = {
  verifyFirst: ['请先完成实名认证', 'Please verify your identity first'],
  verify: ['去实名认证', 'Verify now'],
  waiting: ['实名信息待核验', 'Your identity is not verified yet'],
  waitingText: [
    '您已绑定身份证号码，但系统未能自动确认是您本人（例如人口库登记的手机号码不是本手机）。请带上身份证原件到任一便民服务中心窗口，工作人员核验后即可查看。',
    'Your ID number is linked, but the platform could not confirm it is you (say, the registry holds another phone for it). Bring your ID card to any service centre window; once a clerk checks it you will see this.',
  ],
} as const;

/** What a resident whose identity is not verified sees instead of their personal data, and what to do. */
export function VerifyFirst({ resident, text }: { resident: Resident; text: string }) {
  const t = useT(messages);
  const navigate = useNavigate();
  if (resident.identity === 'unverified') {
    return <StatusBlock title={t('waiting')} description={t('waitingText')} />;
  }
  return (
    <StatusBlock title={t('verifyFirst')} description={text}>
      <Button block size="large" color="primary" onClick={() => navigate('/identity')}>
        {t('verify')}
      </Button>
    </StatusBlock>
  );
}
