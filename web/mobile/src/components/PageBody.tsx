import type { ReactNode } from 'react';
import styles from './PageBody.module.css';

/** The page content below the header: cards stacked with even spacing. */
export function PageBody({ children }: { children: ReactNode }) {
  return <div className={styles.body}>{children}</div>;
}
