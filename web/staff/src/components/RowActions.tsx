import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../common/locale';
import { commonMessages } from '../i18n/commonMessages';
import { ActiveToggle } from './ActiveToggle';

/** A link-style button in a table row's 操作 cell. */
export function RowButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button type="link" size="small" onClick={onClick}>
      {children}
    </Button>
  );
}

interface RowActionsProps {
  active: boolean;
  onEdit: () => void;
  /** Sends the new active state to the server. */
  onToggle: (active: boolean) => Promise<unknown>;
  onToggled: () => void;
  disableWarning?: string;
  /** Row-specific buttons shown before 编辑. */
  children?: ReactNode;
}

/** The 操作 cell of a managed record: any row-specific buttons, then 编辑 and 停用 / 启用. */
export function RowActions({
  active,
  onEdit,
  onToggle,
  onToggled,
  disableWarning,
  children,
}: RowActionsProps) {
  const t = useT(commonMessages);
  return (
    <Space size={0}>
      {children}
      <RowButton onClick={onEdit}>{t('edit')}</RowButton>
      <ActiveToggle active={active} disableWarning={disableWarning} onToggle={onToggle} onDone={onToggled} />
    </Space>
  );
}
