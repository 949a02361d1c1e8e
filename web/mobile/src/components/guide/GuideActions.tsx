import { Button } from 'antd-mobile';
import styles from './Guide.module.css';

/** The buttons under a guide: print it on A4, and apply online (disabled without onApply: window-only, or not open yet). */
export function GuideActions({
  printLabel,
  applyLabel,
  onApply = null,
}: {
  printLabel: string;
  applyLabel: string;
  onApply?: (() => void) | null;
}) {
  return (
    <div className={styles.actions}>
      <Button block size="large" color="primary" fill="outline" onClick={() => window.print()}>
        {printLabel}
      </Button>
      <Button block size="large" color="primary" disabled={onApply === null} onClick={onApply ?? undefined}>
        {applyLabel}
      </Button>
    </div>
  );
}
