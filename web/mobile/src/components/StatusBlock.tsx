import { ErrorBlock, type ErrorBlockProps } from 'antd-mobile';
import type { ReactNode } from 'react';
import styles from './StatusBlock.module.css';

interface StatusBlockProps {
  status?: ErrorBlockProps['status'];
  title: string;
  description: string;
  /** Buttons under the text: what to do next. */
  children?: ReactNode;
}

/** A white panel saying there is nothing here (or something went wrong), in large type, with next steps. */
export function StatusBlock({ status = 'empty', title, description, children }: StatusBlockProps) {
  return (
    <div className={styles.panel}>
      <ErrorBlock className={styles.block} status={status} title={title} description={description} />
      {children && <div className={styles.actions}>{children}</div>}
    </div>
  );
}
