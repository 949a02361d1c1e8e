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
          <h1 className="centered-shell-platform">{t('platform')}</h1>
          <p className="centered-shell-motto">{t('motto')}</p>
        </div>
        {/* Plain elements in antd's card look: the first page a clerk loads carries no Card (and its tabs). */}
        <section className="centered-shell-card" aria-labelledby="centered-shell-title">
          <h2 id="centered-shell-title" className="centered-shell-card-title">
            {title}
          </h2>
          <div className="centered-shell-card-body">{children}</div>
        </section>
        {below}
      </main>
      <footer className="centered-shell-footer">{t('footer')}</footer>
    </div>
  );
}
