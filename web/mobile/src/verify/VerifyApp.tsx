import { useEffect } from 'react';
import { useT } from '../../../common/locale';
import { LocaleProvider } from '../components/LocaleProvider';
import { VerifyPage } from './VerifyPage';

const messages = { title: ['电子证照核验 · 一次办', 'Certificate check · Yici'] } as const;

function DocumentTitle() {
  const t = useT(messages);
  const title = t('title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}

/** The verification page on its own: no session, no router, only the public answer. */
export function VerifyApp({ token }: { token: string }) {
  return (
    <LocaleProvider>
      <DocumentTitle />
      <VerifyPage token={token} />
    </LocaleProvider>
  );
}
