import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { post } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import { useReportError } from '../../../api/useReportError';
import { commonMessages } from '../../../i18n/commonMessages';
import type { DataGrant } from './types';

const messages = {
  ...commonMessages,
  revoke: ['撤回', 'Withdraw'],
  confirm: ['撤回这项授权？', 'Withdraw this grant?'],
  warning: [
    '撤回后，{department}以“{purpose}”为目的的查阅立即停止；已有的查阅记录仍会保留。',
    '{department} can no longer read these fields for “{purpose}”, from this moment; past reads stay on record.',
  ],
  revoked: ['已撤回授权', 'Grant withdrawn'],
} as const;

/** 撤回 a live grant after a confirmation that says reads stop at once. */
export function RevokeGrantButton({ grant, onDone }: { grant: DataGrant; onDone: () => void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    setBusy(true);
    try {
      await post(`/api/registry/grants/${grant.id}/revoke`);
      message.success(t('revoked'));
      onDone();
    } catch (error) {
      reportError(error);
      // Withdrawn meanwhile by someone else: show the list as it now is.
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm
      title={t('confirm')}
      description={
        <div className="grant-revoke-warning">
          {t('warning').replace('{department}', grant.department_name).replace('{purpose}', grant.purpose)}
        </div>
      }
      okText={t('revoke')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={revoke}
    >
      <Button type="link" size="small" danger loading={busy}>
        {t('revoke')}
      </Button>
    </Popconfirm>
  );
}
