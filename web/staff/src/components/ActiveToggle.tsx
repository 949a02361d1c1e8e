import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useT } from '../../../common/locale';
import { useReportError } from '../api/useReportError';
import { commonMessages } from '../i18n/commonMessages';

interface ActiveToggleProps {
  active: boolean;
  /** Sends the new state to the server. */
  onToggle: (active: boolean) => Promise<unknown>;
  onDone: () => void;
  /** What disabling means for this record, shown in the confirmation. */
  disableWarning?: string;
}

/** 停用 (after a confirmation) or 启用 for one row of a management table. */
export function ActiveToggle({ active, onToggle, onDone, disableWarning }: ActiveToggleProps) {
  const t = useT(commonMessages);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [busy, setBusy] = useState(false);

  const toggle = async () => {
    setBusy(true);
    try {
      await onToggle(!active);
      message.success(active ? t('disabled') : t('enabled'));
      onDone();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  if (!active) {
    return (
      <Button type="link" size="small" loading={busy} onClick={toggle}>
        {t('enable')}
      </Button>
    );
  }
  return (
    <Popconfirm
      title={t('confirmDisable')}
      description={disableWarning}
      okText={t('disable')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={toggle}
    >
      <Button type="link" size="small" danger loading={busy}>
        {t('disable')}
      </Button>
    </Popconfirm>
  );
}
