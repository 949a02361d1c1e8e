import { CloseOutlined } from '@ant-design/icons';
import { Popconfirm, Tag, Tooltip } from 'antd';
import { useT } from '../../../../common/locale';
import type { StaffGrant } from '../../api/types';
import { useGrantText } from '../../components/useGrantText';

const messages = {
  revoke: ['撤销授权', 'Revoke'],
  confirmRevoke: ['确定撤销“{grant}”吗？', 'Revoke “{grant}”?'],
  cancel: ['取消', 'Cancel'],
  department: ['部门：', 'Department: '],
} as const;

interface GrantTagProps {
  grant: StaffGrant;
  /** Present when the viewer may revoke this grant. */
  onRevoke?: () => Promise<void>;
}

/** "综合窗口受理人员 @ 潮鸣街道", with a confirmed × to revoke it. */
export function GrantTag({ grant, onRevoke }: GrantTagProps) {
  const t = useT(messages);
  const text = useGrantText()(grant);
  const label = `${text.role} @ ${text.scope}`;
  const closeIcon = onRevoke && (
    <Popconfirm
      title={t('confirmRevoke').replace('{grant}', label)}
      okText={t('revoke')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={onRevoke}
    >
      <CloseOutlined aria-label={t('revoke')} />
    </Popconfirm>
  );
  return (
    <Tooltip title={text.department ? `${t('department')}${text.department}` : undefined}>
      <Tag
        color={grant.role === 'admin' ? 'volcano' : 'blue'}
        closable={Boolean(onRevoke)}
        closeIcon={closeIcon}
        // The Popconfirm decides; without this the tag would vanish on the first click.
        onClose={(event) => event.preventDefault()}
        className="grant-tag"
      >
        {label}
      </Tag>
    </Tooltip>
  );
}
