import { renderPublicPage } from '../components/PublicPageShell';
import { TrackPage } from './TrackPage';

// A receipt's QR code opens /t/<public code>, the case's public progress page (track.html).
renderPublicPage(
  ['办件进度 · 一次办', 'Application progress · Yici'],
  /^\/t\/([A-Za-z0-9_-]+)\/?$/,
  (code) => <TrackPage code={code} />,
);
