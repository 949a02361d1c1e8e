import { List } from 'antd-mobile';
import { FileOutline, FolderOutline } from 'antd-mobile-icons';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import styles from './AccountList.module.css';

const messages = {
  title: ['我的服务', 'My services'],
  materials: ['我的材料', 'My materials'],
  materialsText: ['提交过的材料，同意后可重复使用', 'Materials you handed over, reusable with your consent'],
  certificates: ['我的证照', 'My certificates'],
  certificatesText: [
    '身份证、户口簿等电子证照，办事时可免交纸质件',
    'Your e-certificates, which spare you the paper copies',
  ],
} as const;

/** Entries of 我的 that open the resident's own records. */
export function MyServicesList() {
  const t = useT(messages);
  const navigate = useNavigate();
  return (
    <List header={t('title')}>
      <List.Item
        prefix={<FileOutline className={styles.icon} />}
        description={t('certificatesText')}
        onClick={() => navigate('/certificates')}
      >
        {t('certificates')}
      </List.Item>
      <List.Item
        prefix={<FolderOutline className={styles.icon} />}
        description={t('materialsText')}
        onClick={() => navigate('/materials')}
      >
        {t('materials')}
      </List.Item>
    </List>
  );
}
