import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../../../common/api';
import { useSession } from '../session/SessionProvider';

/** "openingHours.0.close" -> ['openingHours', 0, 'close'], the NamePath a Form.Item uses. */
function namePathOf(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows an API error the way every screen should: the server's Chinese message
 * as a toast, field problems next to their form items, and a lost session or a
 * required password change handed to the session so the router can react.
 */
export function useReportError() {
  const { message } = App.useApp();
  const { expire, refresh } = useSession();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (!(error instanceof ApiError)) {
        message.error(error instanceof Error ? error.message : String(error));
        return;
      }
      if (error.code === 'UNAUTHENTICATED') {
        expire();
        return;
      }
      if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
        void refresh();
        return;
      }
      if (form && error.fieldProblems.length > 0) {
        form.setFields(
          error.fieldProblems.map((problem) => ({
            name: namePathOf(problem.field),
            errors: [problem.message],
          })),
        );
      }
      message.error(error.message);
    },
    [message, expire, refresh],
  );
}
