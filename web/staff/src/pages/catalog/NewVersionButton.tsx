import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useReportError } from '../../api/useReportError';
import type { VersionRef } from './types';

const messages = {
  newVersion: ['创建新版本', 'Start a new version'],
  confirm: ['基于当前发布版本创建新草稿？', 'Start a new draft from the published version?'],
  explain: [
    '已发布的版本保持不变，继续对外公布；新草稿审核发布后替代它。',
    'The published version stays public until the new draft is reviewed and published.',
  ],
  ok: ['创建', 'Create'],
  cancel: ['取消', 'Cancel'],
} as const;

/** 创建新版本: a published item is locked, so changes start as a new draft copied from it. */
export function NewVersionButton({ itemId, onCreated }: { itemId: string; onCreated?: () => void }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const reportError = useReportError();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      await post<VersionRef>(`/api/catalog/manage/items/${itemId}/versions`);
      onCreated?.();
      navigate(`/catalog/${itemId}/edit`);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title={t('confirm')}
      description={<div className="catalog-popconfirm">{t('explain')}</div>}
      okText={t('ok')}
      cancelText={t('cancel')}
      onConfirm={start}
    >
      <Button type="primary" loading={busy}>
        {t('newVersion')}
      </Button>
    </Popconfirm>
  );
}
