import { Tag } from 'antd';
import { useT } from '../../../common/locale';
import { commonMessages } from '../i18n/commonMessages';

export function ActiveTag({ active }: { active: boolean }) {
  const t = useT(commonMessages);
  return <Tag color={active ? 'success' : 'default'}>{active ? t('active') : t('inactive')}</Tag>;
}
