import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../../common/locale';
import type { StaffMember } from '../../api/types';
import { formatDateTime } from '../../components/format';

const messages = {
  normal: ['正常', 'Active'],
  disabled: ['已停用', 'Disabled'],
  locked: ['已锁定', 'Locked'],
  lockedUntil: ['锁定至 {time}，重置密码可立即解锁', 'Locked until {time}; a password reset unlocks it'],
  mustChange: ['须改密', 'Must change password'],
  mustChangeHint: ['初始密码尚未修改', 'The initial password has not been changed yet'],
} as const;

/** 正常, or every reason the account cannot simply be used: 已停用 / 已锁定 / 须改密. */
export function StaffStatusTags({ member }: { member: StaffMember }) {
  const t = useT(messages);
  const locked = member.lockedUntil !== null && dayjs(member.lockedUntil).isAfter(dayjs());
  if (member.active && !locked && !member.mustChangePassword) return <Tag color="success">{t('normal')}</Tag>;
  return (
    <>
      {!member.active && <Tag color="default">{t('disabled')}</Tag>}
      {locked && (
        <Tooltip title={t('lockedUntil').replace('{time}', formatDateTime(member.lockedUntil))}>
          <Tag color="error">{t('locked')}</Tag>
        </Tooltip>
      )}
      {member.mustChangePassword && (
        <Tooltip title={t('mustChangeHint')}>
          <Tag color="warning">{t('mustChange')}</Tag>
        </Tooltip>
      )}
    </>
  );
}
