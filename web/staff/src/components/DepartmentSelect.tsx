import { Select } from 'antd';
import { useT } from '../../../common/locale';
import type { Department, Items } from '../api/types';
import { useApi } from '../api/useApi';

const messages = {
  placeholder: ['选择部门', 'Choose a department'],
  pickRegionFirst: ['请先选择区划', 'Choose a region first'],
  noneInRegion: ['该区划及上级区划暂无部门', 'No department in this region or above'],
} as const;

interface DepartmentSelectProps {
  /** Only departments of this region, its ancestors or its subtree are offered. */
  regionCode: string | null | undefined;
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}

/** Whether a department can serve `regionCode`: the same rule the server applies to role grants. */
function servesRegion(department: Department, regionCode: string): boolean {
  return department.regionCode.startsWith(regionCode) || regionCode.startsWith(department.regionCode);
}

export function DepartmentSelect({ regionCode, value, onChange, id }: DepartmentSelectProps) {
  const t = useT(messages);
  const { data, loading } = useApi<Items<Department>>('/api/departments');
  const options = (data?.items ?? [])
    .filter(
      (department) =>
        department.active && (regionCode === null || (regionCode && servesRegion(department, regionCode))),
    )
    .map((department) => ({
      value: department.id,
      label: department.name,
      regionName: department.regionName,
    }));

  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      loading={loading}
      disabled={regionCode === undefined}
      placeholder={regionCode === undefined ? t('pickRegionFirst') : t('placeholder')}
      notFoundContent={t('noneInRegion')}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      optionRender={(option) => (
        <span>
          {option.data.label}
          <span className="option-note">{option.data.regionName}</span>
        </span>
      )}
    />
  );
}
