import { type ReactNode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { useLocale } from '../../../common/locale';
import { LocaleProvider } from './LocaleProvider';
import '../theme.css';

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

/**
 * Starts a public page of its own HTML entry (track.html, verify.html): `pattern` takes the code
 * from the address; an address without one shows the page's not-found answer.
 */
export function renderPublicPage(
  title: readonly [string, string],
  pattern: RegExp,
  page: (code: string) => ReactNode,
): void {
  const code = pattern.exec(window.location.pathname)?.[1] ?? '';
  createRoot(document.getElementById('root') as HTMLElement).render(
    <PublicPageShell title={title}>{page(code)}</PublicPageShell>,
  );
}
