import { Button, Input, Space } from 'antd';
import { useT } from '../../../common/locale';

const messages = {
  generate: ['随机生成', 'Generate'],
  hint: ['8位以上，含字母和数字', '8+ characters, letters and digits'],
} as const;

const LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** Twelve characters without look-alikes (0/O, 1/l), a digit every fourth place, easy to read out. */
function readablePassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes]
    .map((byte, index) => (index % 4 === 3 ? DIGITS[byte % DIGITS.length] : LETTERS[byte % LETTERS.length]))
    .join('');
}

interface InitialPasswordInputProps {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}

/** An initial password an administrator hands over; shown in clear text so it can be read out. */
export function InitialPasswordInput({ value, onChange, id }: InitialPasswordInputProps) {
  const t = useT(messages);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value)}
        placeholder={t('hint')}
        autoComplete="new-password"
      />
      <Button onClick={() => onChange?.(readablePassword())}>{t('generate')}</Button>
    </Space.Compact>
  );
}
