import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../common/locale';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { PlatformEmblem } from '../layout/PlatformLogo';
import './CenteredShell.css';

const messages = {
  platform: ['一次 · 政务服务平台', 'Yici · Government Services'],
  motto: ['最多跑一次 · 工作人员端', 'At most one trip · Staff workspace'],
  footer: ['一次政务服务平台 · 仅限授权工作人员使用', 'Yici platform · For authorized staff only'],
} as const;

/** The frame of the screens shown before the workspace: sign-in and the first password change. */
export function CenteredShell({
  title,
  children,
  below,
}: {
  title: string;
  children: ReactNode;
  below?: ReactNode;
}) {
  const t = useT(messages);
  return (
    <div className="centered-shell">
      <div className="centered-shell-language">
        <LanguageSwitch />
      </div>
      <main className="centered-shell-main">
        <div className="centered-shell-brand">
          <PlatformEmblem size={56} />
          <Typography.Title level={3} className="centered-shell-platform">
            {t('platform')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('motto')}</Typography.Text>
        </div>
        <Card className="centered-shell-card" title={title}>
          {children}
        </Card>
        {below}
      </main>
      <footer className="centered-shell-footer">{t('footer')}</footer>
    </div>
  );
}
