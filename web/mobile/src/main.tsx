import { Toast } from 'antd-mobile';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { TrackApp } from './track/TrackApp';
import { VerifyApp } from './verify/VerifyApp';
import './theme.css';

// Long enough for a slow reader.
Toast.config({ duration: 3000 });

// A certificate's QR code opens /v/<token>, outside the app's /m routes.
const verifyToken = /^\/v\/([A-Za-z0-9_-]+)\/?$/.exec(window.location.pathname)?.[1];

// A receipt's QR code opens /t/<public code>, the case's public progress page.
const progressCode = /^\/t\/([A-Za-z0-9_-]+)\/?$/.exec(window.location.pathname)?.[1];

function Root() {
  if (verifyToken) return <VerifyApp token={verifyToken} />;
  if (progressCode) return <TrackApp code={progressCode} />;
  return <App />;
}

createRoot(document.getElementById('root') as HTMLElement).render(<Root />);
