import { Toast } from 'antd-mobile';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PublicPageShell } from './components/PublicPageShell';
import { TrackPage } from './track/TrackPage';
import { VerifyPage } from './verify/VerifyPage';
import './theme.css';

// Long enough for a slow reader.
Toast.config({ duration: 3000 });

// A certificate's QR code opens /v/<token>, outside the app's /m routes.
const verifyToken = /^\/v\/([A-Za-z0-9_-]+)\/?$/.exec(window.location.pathname)?.[1];

// A receipt's QR code opens /t/<public code>, the case's public progress page.
const progressCode = /^\/t\/([A-Za-z0-9_-]+)\/?$/.exec(window.location.pathname)?.[1];

function Root() {
  if (verifyToken) {
    return (
      <PublicPageShell title={['电子证照核验 · 一次办', 'Certificate check · Yici']}>
        <VerifyPage token={verifyToken} />
      </PublicPageShell>
    );
  }
  if (progressCode) {
    return (
      <PublicPageShell title={['办件进度 · 一次办', 'Application progress · Yici']}>
        <TrackPage code={progressCode} />
      </PublicPageShell>
    );
  }
  return <App />;
}

createRoot(document.getElementById('root') as HTMLElement).render(<Root />);
