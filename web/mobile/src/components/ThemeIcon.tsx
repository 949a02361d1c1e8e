import type { ReactNode } from 'react';
import type { LifeTheme } from '../../../../src/shared/catalog-terms';

/** The life-event themes shown as tiles on the home page. */
export type LifeEvent = Extract<
  LifeTheme,
  'birth' | 'schooling' | 'employment' | 'marriage' | 'housing' | 'elderly' | 'death' | 'business'
>;

/** Line drawings on a 24×24 grid: pram, mortarboard, briefcase, heart, house, person with a cane, flower, shopfront. */
const SHAPES: Record<LifeEvent, ReactNode> = {
  birth: (
    <>
      <path d="M3 10h14a7 7 0 0 1-7 6H10a7 7 0 0 1-7-6z" />
      <path d="M10 10V3a7 7 0 0 1 7 7" />
      <path d="M17 10l2-4h2" />
      <circle cx="7" cy="19.5" r="1.5" />
      <circle cx="14" cy="19.5" r="1.5" />
    </>
  ),
  schooling: (
    <>
      <path d="M2 9l10-5 10 5-10 5z" />
      <path d="M6 11v5c0 1.5 2.7 3 6 3s6-1.5 6-3v-5" />
      <path d="M22 9v6" />
    </>
  ),
  employment: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2" />
      <path d="M3 13h18" />
    </>
  ),
  marriage: <path d="M12 20s-8-4.6-8-10.2A4.3 4.3 0 0 1 12 7a4.3 4.3 0 0 1 8 2.8C20 15.4 12 20 12 20z" />,
  housing: (
    <>
      <path d="M3 11l9-7 9 7" />
      <path d="M5 9.5V20h14V9.5" />
      <path d="M10 20v-6h4v6" />
    </>
  ),
  elderly: (
    <>
      <circle cx="10" cy="4.5" r="2" />
      <path d="M10 8v6l-3 6" />
      <path d="M10 14l3 6" />
      <path d="M10 10l-3 2.5" />
      <path d="M10 10l4.5 1.5" />
      <path d="M16 11.5V21" />
    </>
  ),
  death: (
    <>
      <circle cx="12" cy="4.5" r="2" />
      <circle cx="15.5" cy="8" r="2" />
      <circle cx="12" cy="11.5" r="2" />
      <circle cx="8.5" cy="8" r="2" />
      <path d="M12 13.5V21" />
      <path d="M12 18c-2.5 0-4-1.3-4-3" />
    </>
  ),
  business: (
    <>
      <path d="M4 9l1.5-5h13L20 9" />
      <path d="M4 9a2.7 2.7 0 0 0 5.3 0 2.7 2.7 0 0 0 5.4 0 2.7 2.7 0 0 0 5.3 0" />
      <path d="M5 11v9h14v-9" />
      <path d="M10 20v-5h4v5" />
    </>
  ),
};

export function ThemeIcon({ event }: { event: LifeEvent }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="30"
      height="30"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {SHAPES[event]}
    </svg>
  );
}
