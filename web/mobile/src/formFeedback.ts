import { type Form, Toast } from 'antd-mobile';
import { ApiError } from '../../common/api';
import { useLocale } from '../../common/locale';
import { useSession } from './session';

type FormInstance = ReturnType<typeof Form.useForm>[0];

/** English for the errors this app expects; anything else shows the server's Chinese message. */
const ENGLISH: Record<string, string> = {
  UNAUTHENTICATED: 'Your sign-in has expired. Please sign in again.',
  NETWORK_ERROR: 'Cannot reach the server. Please check your network and try again.',
  TOO_MANY_REQUESTS: 'Too many attempts. Please try again later.',
  CODE_DAILY_LIMIT: 'You have asked for too many codes today. Please try again tomorrow.',
  CODE_INVALID: 'The code is wrong or has expired. Please get a new code.',
  IDENTITY_ALREADY_LINKED:
    'This account is already linked to another ID number. To change it, please visit a service window.',
  ID_NUMBER_TAKEN:
    'This ID number is linked to another mobile number. To change it, please visit a service window.',
  FILE_TYPE_NOT_ALLOWED:
    'This file cannot be accepted. Please upload a photo or scan in PDF, JPEG, PNG, WebP or HEIC.',
  FILE_TOO_LARGE: 'The file is too large. Please take a smaller photo or scan fewer pages at a time.',
  FILE_EMPTY: 'The file is empty. Please choose it again.',
  IDENTITY_REQUIRED: 'Please verify your identity first, so the material can be kept under your ID number.',
};

/**
 * An onValuesChange handler that checks a field as soon as it is full length
 * and clears its error once it is edited, so messages appear while typing
 * rather than on blur (a blur-time message shifts the button being tapped).
 */
export function checkWhileTyping(form: FormInstance, fullLengths: Record<string, number>) {
  return (changed: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(changed)) {
      if (typeof value === 'string' && value.length === fullLengths[name]) {
        form.validateFields([name]).catch(() => {});
      } else if (form.getFieldError(name).length > 0) {
        form.setFields([{ name, errors: [] }]);
      }
    }
  };
}

/**
 * Shows an API error: under the form field it concerns (by error code, or the
 * server's field problems), else as a toast. An expired session is forgotten,
 * so the page's sign-in guard takes over.
 */
export function useReportApiError(form: FormInstance | null, fieldOfCode: Record<string, string> = {}) {
  const locale = useLocale();
  const { forget } = useSession();
  return (error: unknown) => {
    const apiError = error instanceof ApiError ? error : new ApiError(0, 'CLIENT_ERROR', String(error), {});
    if (apiError.status === 401) forget();
    const message = (locale === 'en-US' && ENGLISH[apiError.code]) || apiError.message;
    const field = fieldOfCode[apiError.code];
    const problems = field ? [{ field, message }] : apiError.fieldProblems;
    if (form && problems.length > 0) {
      form.setFields(problems.map((problem) => ({ name: problem.field, errors: [problem.message] })));
    } else {
      Toast.show({ icon: 'fail', content: message });
    }
  };
}
