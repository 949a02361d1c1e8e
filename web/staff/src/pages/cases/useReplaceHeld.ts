import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../../../../common/api';
import { useT } from '../../../../common/locale';

const messages = {
  title: ['申请人已持有同类有效证照', 'The applicant already holds a valid certificate of this type'],
  replace: ['换发（原证撤销）', 'Replace it (the old one is revoked)'],
  keep: ['不颁发', 'Do not issue'],
  kept: [
    '未颁发新证：申请人已持有有效的同类证照。不换发的，请按规定不予办理或退回。',
    'Nothing issued: the applicant already holds a valid certificate of this type. If it is not to be replaced, refuse or return the case.',
  ],
} as const;

/**
 * Sends an act that may issue a result certificate. When the applicant already
 * holds a valid one of its type and the type's rule is to ask (409
 * CERTIFICATE_HELD), the clerk chooses: replace it (sent again with
 * replaceHeld; the old one is revoked with reason 换发), or issue nothing.
 */
export function useReplaceHeld() {
  const t = useT(messages);
  const { modal } = App.useApp();
  return useCallback(
    async <T>(send: (replaceHeld: boolean) => Promise<T>): Promise<T> => {
      try {
        return await send(false);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'CERTIFICATE_HELD')) throw error;
        const replace = await new Promise<boolean>((resolve) =>
          modal.confirm({
            title: t('title'),
            content: error.message,
            okText: t('replace'),
            cancelText: t('keep'),
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          }),
        );
        if (!replace) throw new ApiError(409, 'CERTIFICATE_HELD', t('kept'), {});
        return await send(true);
      }
    },
    [modal, t],
  );
}
