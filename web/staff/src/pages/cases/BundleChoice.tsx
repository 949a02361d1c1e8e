import { Checkbox, Flex, Select, Typography } from 'antd';
import type { z } from 'zod';
import type { BundleDetail, BundleSummary } from '../../../../../src/modules/catalog/schemas';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { LimitText } from '../catalog/bundles/LimitText';

export type Bundle = z.infer<typeof BundleDetail>;

const messages = {
  placeholder: ['输入名称或所含事项搜索，如：出生', 'Search by name or item, e.g. birth'],
  none: ['没有可办理的“一件事”', 'No bundle found'],
  lead: ['牵头部门：{name}。', 'Lead office: {name}. '],
  limit: ['承诺时限：', 'Promised: '],
  combined: ['所选事项并联办理，合计承诺时限 ', 'The chosen items run in parallel, promised in '],
  saved: [
    '；合并后少填 {fields} 项、少交 {materials} 份材料',
    '; {fields} fewer questions and {materials} fewer papers than separately',
  ],
} as const;

/** Picks one of the active bundles (一件事), found by its name or the names of its items. */
export function BundlePicker({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (bundleId: string) => void;
  id?: string;
}) {
  const t = useT(messages);
  const bundles = useApi<{ items: z.infer<typeof BundleSummary>[] }>('/api/catalog/bundles');
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={bundles.loading}
      placeholder={t('placeholder')}
      notFoundContent={bundles.loading ? null : t('none')}
      showSearch={{
        filterOption: (input, option) => !!option?.search.includes(input.trim()),
      }}
      options={(bundles.data?.items ?? []).map((bundle) => ({
        value: bundle.bundleId,
        search: [bundle.name, ...bundle.itemNames].join(' '),
        label: (
          <span>
            {bundle.name} <span className="table-note">{bundle.leadDepartmentName}</span>
          </span>
        ),
      }))}
    />
  );
}

/**
 * 选办: the bundle's items as ticks, each with its office and promised limit;
 * every item is ticked until the clerk unticks one (no value = all).
 */
export function BundleItemChoice({
  bundle,
  value,
  onChange,
  id,
}: {
  bundle: Bundle;
  value?: string[];
  onChange?: (itemIds: string[]) => void;
  id?: string;
}) {
  const t = useT(messages);
  const { merged } = bundle;
  return (
    <Flex vertical gap={8} id={id}>
      <Checkbox.Group
        className="bundle-choice"
        value={value ?? bundle.items.map((item) => item.itemId)}
        onChange={(ids) => onChange?.(ids as string[])}
        options={bundle.items.map((item) => ({
          value: item.itemId,
          label: (
            <span>
              {item.name}
              <br />
              <Typography.Text type="secondary" className="bundle-choice-note">
                {item.departmentName} · {t('limit')}
                <LimitText days={item.promisedLimitDays} />
              </Typography.Text>
            </span>
          ),
        }))}
      />
      <Typography.Text type="secondary">
        {t('lead').replace('{name}', bundle.leadDepartmentName)}
        {t('combined')}
        <LimitText days={merged.promisedLimitDays} />
        {t('saved')
          .replace('{fields}', String(merged.fieldsSaved))
          .replace('{materials}', String(merged.materialsSaved))}
      </Typography.Text>
    </Flex>
  );
}
