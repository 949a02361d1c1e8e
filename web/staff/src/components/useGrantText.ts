import { useT } from '../../../common/locale';
import type { UserGrant } from '../api/types';
import { useLabels } from '../i18n/useLabels';

const messages = {
  platform: ['全平台', 'Whole platform'],
} as const;

/** The role and scope of a grant in words: {role: '综合窗口受理人员', scope: '潮鸣街道'}. */
export function useGrantText() {
  const t = useT(messages);
  const labels = useLabels();
  return (grant: UserGrant) => ({
    role: labels.role(grant.role),
    scope: grant.regionCode === null ? t('platform') : (grant.regionName ?? grant.regionCode),
    department: grant.departmentName,
  });
}
