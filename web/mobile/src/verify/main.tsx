import { renderPublicPage } from '../components/PublicPageShell';
import { VerifyPage } from './VerifyPage';

// A certificate's QR code opens /v/<token>, outside the app's /m routes (verify.html).
renderPublicPage(
  ['电子证照核验 · 一次办', 'Certificate check · Yici'],
  /^\/v\/([A-Za-z0-9_-]+)\/?$/,
  (token) => <VerifyPage token={token} />,
);
