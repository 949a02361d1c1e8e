import { useT } from '../../../common/locale';

const messages = {
  name: ['一次 · 政务服务平台', 'Yici · Gov Services'],
  subtitle: ['工作人员端', 'Staff workspace'],
} as const;

/** A seal-like emblem: a gold ring around a blue disc with the stroke 一 and a small star above it. */
export function PlatformEmblem({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" className="platform-emblem">
      <defs>
        <radialGradient id="emblem-disc" cx="50%" cy="35%" r="70%">
          <stop offset="0%" stopColor="#3b7ddd" />
          <stop offset="100%" stopColor="#123f8c" />
        </radialGradient>
      </defs>
      <circle cx="20" cy="20" r="19" fill="#e3b350" />
      <circle cx="20" cy="20" r="16.5" fill="url(#emblem-disc)" />
      <circle
        cx="20"
        cy="20"
        r="14"
        fill="none"
        stroke="#f3d48a"
        strokeWidth="0.8"
        strokeDasharray="1.5 1.8"
      />
      <path
        d="M20 8.6l1.45 2.95 3.25.47-2.35 2.3.55 3.23L20 16.03l-2.9 1.52.55-3.23-2.35-2.3 3.25-.47z"
        fill="#f6d37a"
      />
      <rect x="10" y="21" width="20" height="3.6" rx="1.8" fill="#ffffff" />
      <path d="M13 29.5h14" stroke="#f3d48a" strokeWidth="1.2" strokeLinecap="round" />
    </svg>
  );
}

/** Emblem plus platform name, at the top of the menu. */
export function PlatformLogo() {
  const t = useT(messages);
  return (
    <div className="platform-logo">
      <PlatformEmblem />
      <div className="platform-logo-text">
        <div className="platform-logo-name">{t('name')}</div>
        <div className="platform-logo-subtitle">{t('subtitle')}</div>
      </div>
    </div>
  );
}
