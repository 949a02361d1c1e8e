import { Toast } from 'antd-mobile';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { VerifyApp } from './verify/VerifyApp';
import './theme.css';

// Long enough for a slow reader.
Toast.config({ duration: 3000 });

// A certificate's QR code opens /v/<token>, outside the app's /m routes.
const verifyToken = /^\/v\/([A-Za-z0-9_-]+)\/?$/.exec(window.location.pathname)?.[1];

createRoot(document.getElementById('root') as HTMLElement).render(
  verifyToken ? <VerifyApp token={verifyToken} /> : <App />,
);
