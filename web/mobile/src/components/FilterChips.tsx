import { CheckOutline, CloseOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useT } from '../../../common/locale';
import { useThemeLabel } from '../catalog/terms';
import type { SearchFilter } from '../catalog/types';
import styles from './FilterChips.module.css';

const messages = {
  online: ['网上可办', 'Can apply online'],
  zeroVisit: ['零跑腿', 'No trip needed'],
  removeTheme: ['取消主题', 'Remove theme'],
} as const;

type Change = Partial<Omit<SearchFilter, 'q'>>;

function Chip({
  on,
  onClick,
  label,
  children,
}: {
  on: boolean;
  onClick: () => void;
  label?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={on ? `${styles.chip} ${styles.on}` : styles.chip}
      aria-pressed={on}
      aria-label={label}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** Toggles for 网上可办 and 零跑腿, and the active life-event theme, which a tap removes. */
export function FilterChips({
  filter,
  onChange,
}: {
  filter: SearchFilter;
  onChange: (change: Change) => void;
}) {
  const t = useT(messages);
  const themeLabel = useThemeLabel();
  return (
    <div className={styles.chips}>
      {filter.theme && (
        <Chip
          on
          label={`${t('removeTheme')} ${themeLabel(filter.theme)}`}
          onClick={() => onChange({ theme: null })}
        >
          {themeLabel(filter.theme)}
          <CloseOutline />
        </Chip>
      )}
      <Chip on={filter.online} onClick={() => onChange({ online: !filter.online })}>
        {filter.online && <CheckOutline />}
        {t('online')}
      </Chip>
      <Chip on={filter.zeroVisit} onClick={() => onChange({ zeroVisit: !filter.zeroVisit })}>
        {filter.zeroVisit && <CheckOutline />}
        {t('zeroVisit')}
      </Chip>
    </div>
  );
}
