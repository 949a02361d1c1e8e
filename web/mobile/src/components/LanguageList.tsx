import { List, Selector } from 'antd-mobile';
import { type Locale, setLocale, useLocale } from '../../../common/locale';

const OPTIONS: { label: string; value: Locale }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en-US' },
];

/** The language choice, labelled in both languages so either reader finds it. */
export function LanguageList() {
  const locale = useLocale();
  return (
    <List>
      <List.Item
        extra={
          <Selector
            options={OPTIONS}
            value={[locale]}
            showCheckMark={false}
            onChange={([choice]) => choice && setLocale(choice)}
          />
        }
      >
        语言 / Language
      </List.Item>
    </List>
  );
}
