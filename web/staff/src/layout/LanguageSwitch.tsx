import { Segmented } from 'antd';
import { type Locale, setLocale, useLocale } from '../../../common/locale';

const OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'English' },
];

export function LanguageSwitch() {
  const locale = useLocale();
  return (
    <Segmented<Locale>
      size="small"
      value={locale}
      options={OPTIONS}
      onChange={setLocale}
      aria-label="语言 / Language"
    />
  );
}
