import { useT } from '../../../common/locale';
import { PageSection } from '../components/PageSection';
import { ChangePasswordForm } from './ChangePasswordForm';

const messages = {
  title: ['修改密码', 'Change password'],
  description: [
    '修改后，您在其他设备或浏览器上的登录将自动退出。',
    'Your sessions on other devices and browsers end when you change it.',
  ],
} as const;

export function ChangePasswordPage() {
  const t = useT(messages);
  return (
    <PageSection title={t('title')} description={t('description')}>
      <div className="narrow-form">
        <ChangePasswordForm />
      </div>
    </PageSection>
  );
}
