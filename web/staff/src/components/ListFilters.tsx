import { Input, Select } from 'antd';
import { useT } from '../../../common/locale';
import { commonMessages } from '../i18n/commonMessages';
import { RegionTreeSelect } from './RegionTreeSelect';

/** Filters a list by region; disabled regions stay pickable so their records can be found. */
export function RegionFilter({
  value,
  onChange,
  width,
}: {
  value: string | undefined;
  onChange: (regionCode: string | undefined) => void;
  width: number;
}) {
  const t = useT(commonMessages);
  return (
    <RegionTreeSelect
      allowClear
      allowInactive
      value={value}
      onChange={onChange}
      placeholder={t('allRegions')}
      style={{ width }}
    />
  );
}

interface ChoiceFilterProps<Value> {
  value: Value | undefined;
  onChange: (value: Value | undefined) => void;
  /** Shown while nothing is picked, e.g. 全部类型. */
  placeholder: string;
  options: { value: Value; label: string }[];
  width: number;
}

/** Filters a list by one of a fixed set of values; clearing it shows all. */
export function ChoiceFilter<Value extends string>({
  value,
  onChange,
  placeholder,
  options,
  width,
}: ChoiceFilterProps<Value>) {
  return (
    <Select<Value>
      allowClear
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      aria-label={placeholder}
      options={options}
      style={{ width }}
    />
  );
}

/** Narrows an already loaded list with every keystroke. */
export function KeywordFilter({
  placeholder,
  onChange,
  width,
}: {
  placeholder: string;
  onChange: (keyword: string) => void;
  width: number;
}) {
  return (
    <Input.Search
      allowClear
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value)}
      style={{ width }}
    />
  );
}
