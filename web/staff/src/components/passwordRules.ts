import type { FormRule } from 'antd';
import { useT } from '../../../common/locale';

const messages = {
  required: ['请输入密码', 'Enter a password'],
  tooShort: ['密码至少8位', 'At least 8 characters'],
  lettersAndDigits: ['密码须同时包含字母和数字', 'Use both letters and digits'],
} as const;

/** The server's password policy (≥ 8 characters with letters and digits), checked before sending. */
export function usePasswordRules(): FormRule[] {
  const t = useT(messages);
  return [
    { required: true, message: t('required') },
    { min: 8, message: t('tooShort') },
    { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: t('lettersAndDigits') },
  ];
}
