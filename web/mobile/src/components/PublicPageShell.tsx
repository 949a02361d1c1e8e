import { type ReactNode, useEffect } from 'react';
import { useLocale } from '../../../common/locale';
import { LocaleProvider } from './LocaleProvider';

function DocumentTitle({ title }: { title: readonly [string, string] }) {
  const text = title[useLocale() === 'en-US' ? 1 : 0];
  useEffect(() => {
    document.title = text;
  }, [text]);
  return null;
}

/** A page opened from a QR code (/v/…, /t/…) on its own: no session, no router, only the public answer. */
export function PublicPageShell({
  title,
  children,
}: {
  title: readonly [string, string];
  children: ReactNode;
}) {
  return (
    <LocaleProvider>
      <DocumentTitle title={title} />
      {children}
    </LocaleProvider>
  );
}
