import { Empty, Flex, Select } from 'antd';
import { useState } from 'react';
import type { BundlePreview } from '../../../../../../src/modules/catalog/bundle-schemas';
import { useT } from '../../../../../common/locale';
import type { Items } from '../../../api/types';
import { useApi, withQuery } from '../../../api/useApi';
import { ListTools } from '../editor/editorParts';
import { LimitText } from './LimitText';

/** What the picker shows of an item; search hits and a bundle's items both carry it. */
export type PickedItem = BundlePreview['items'][number];

const messages = {
  search: ['搜索已发布事项，选中即加入', 'Search published items; pick one to add it'],
  noHits: ['没有找到已发布的事项', 'No published item found'],
  added: ['已加入', 'Added'],
  none: [
    '尚未加入事项。至少加入2个，按申请人办理的先后排列。',
    'No items yet. Add at least 2, in the order the applicant meets them.',
  ],
} as const;

interface BundleItemPickerProps {
  value?: string[];
  onChange?: (itemIds: string[]) => void;
  /** Names of the items already in the bundle, for showing them before any search. */
  initialItems: PickedItem[];
  id?: string;
  disabled?: boolean;
}

/** The bundle's items: a search over published items to add one, and the ordered list to reorder or remove. */
export function BundleItemPicker({
  value = [],
  onChange,
  initialItems,
  id,
  disabled,
}: BundleItemPickerProps) {
  const t = useT(messages);
  const [query, setQuery] = useState('');
  const [known, setKnown] = useState(() => new Map(initialItems.map((item) => [item.itemId, item])));
  const { data, loading } = useApi<Items<PickedItem>>(
    disabled ? null : withQuery('/api/catalog/items', { q: query, pageSize: 30 }),
  );
  const hits = data?.items ?? [];

  const add = (itemId: string) => {
    const hit = hits.find((item) => item.itemId === itemId);
    if (hit) setKnown((map) => new Map(map).set(itemId, hit));
    if (!value.includes(itemId)) onChange?.([...value, itemId]);
    setQuery('');
  };
  const move = (from: number, to: number) => {
    const next = [...value];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    onChange?.(next);
  };
  const remove = (index: number) => onChange?.(value.filter((_, at) => at !== index));

  return (
    <div className="bundle-picker">
      {!disabled && (
        <Select<string | null>
          id={id}
          value={null}
          placeholder={t('search')}
          showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
          onChange={(itemId) => itemId && add(itemId)}
          loading={loading}
          notFoundContent={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noHits')} />}
          options={hits.map((hit) => ({
            value: hit.itemId,
            label: hit.name,
            disabled: value.includes(hit.itemId),
          }))}
          optionRender={(option) => {
            const hit = hits.find((item) => item.itemId === option.value);
            return (
              <Flex justify="space-between" gap={8}>
                <span className="bundle-option-name">{option.label}</span>
                <span className="option-note">
                  {value.includes(String(option.value)) ? t('added') : hit?.departmentName}
                </span>
              </Flex>
            );
          }}
          style={{ width: '100%' }}
        />
      )}
      {value.length === 0 ? (
        <div className="bundle-picker-empty">{t('none')}</div>
      ) : (
        <ol className="bundle-picker-list" data-testid="bundle-items">
          {value.map((itemId, index) => {
            const item = known.get(itemId);
            return (
              <li key={itemId} className="bundle-picker-item">
                <span className="material-number">{index + 1}</span>
                <div className="bundle-picker-text">
                  <div>{item?.name ?? itemId}</div>
                  {item && (
                    <div className="table-note">
                      {item.departmentName} · <LimitText days={item.promisedLimitDays} />
                    </div>
                  )}
                </div>
                {!disabled && <ListTools index={index} count={value.length} move={move} remove={remove} />}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
