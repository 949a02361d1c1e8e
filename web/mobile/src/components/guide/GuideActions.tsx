import { Button } from 'antd-mobile';
import styles from './Guide.module.css';

/** The buttons under a guide: print it on A4, and apply (not open yet). */
export function GuideActions({ printLabel, applyLabel }: { printLabel: string; applyLabel: string }) {
  return (
    <div className={styles.actions}>
      <Button block size="large" color="primary" fill="outline" onClick={() => window.print()}>
        {printLabel}
      </Button>
      <Button block size="large" color="primary" disabled>
        {applyLabel}
      </Button>
    </div>
  );
}
