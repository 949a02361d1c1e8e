import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useReportError } from '../../api/useReportError';
import type { CaseDetail } from './types';

const messages = {
  conflict: ['办件已被他人更新', 'Someone else has acted on this case'],
  reloaded: ['已重新载入最新内容，请核对后再操作。', 'The latest state is loaded; check it and act again.'],
  refused: ['无法办理', 'Not possible'],
} as const;

/**
 * Runs one act on a case: busy while it runs, the server's message at the
 * field at fault, and a stale version (409: someone else acted) said plainly
 * before the case is reloaded. Resolves to the act's reply, or null when it failed.
 */
export function useCaseAct(reload: () => void) {
  const t = useT(messages);
  const { modal } = App.useApp();
  const reportError = useReportError();
  const [busy, setBusy] = useState<string | null>(null);
  const run = useCallback(
    async <T>(name: string, act: () => Promise<T>, form?: FormInstance): Promise<T | null> => {
      setBusy(name);
      try {
        const reply = await act();
        reload();
        return reply;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'CASE_VERSION_CONFLICT') {
          modal.warning({ title: t('conflict'), content: `${error.message}。${t('reloaded')}` });
          reload();
        } else if (error instanceof ApiError && error.status === 409) {
          // A rule of intake said no (the one-notice rule, a main material tolerated …): a dialog, not a toast that fades.
          modal.error({ title: t('refused'), content: error.message });
        } else {
          reportError(error, form);
        }
        return null;
      } finally {
        setBusy(null);
      }
    },
    [reload, reportError, modal, t],
  );
  return { run, busy };
}

/** What a panel of the case page that acts on the case gets: the case, the clerk's window, the act runner. */
export interface CaseActProps {
  detail: CaseDetail;
  windowId: string | undefined;
  act: ReturnType<typeof useCaseAct>;
}
