import { SpinLoading } from 'antd-mobile';
import styles from './PageLoading.module.css';

export function PageLoading() {
  return (
    <div className={styles.loading}>
      <SpinLoading color="primary" style={{ '--size': '40px' }} />
    </div>
  );
}
