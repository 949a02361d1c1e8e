import { useEffect } from 'react';
import { useT } from '../../../common/locale';
import { LocaleProvider } from '../components/LocaleProvider';
import { TrackPage } from './TrackPage';

const messages = { title: ['办件进度 · 一次办', 'Application progress · Yici'] } as const;

function DocumentTitle() {
  const t = useT(messages);
  const title = t('title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}

/** The progress page on its own (/t/<code>): no session, no router, only the public answer. */
export function TrackApp({ code }: { code: string }) {
  return (
    <LocaleProvider>
      <DocumentTitle />
      <TrackPage code={code} />
    </LocaleProvider>
  );
}
