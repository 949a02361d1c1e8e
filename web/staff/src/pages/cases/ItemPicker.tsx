import { Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { get } from '../../../../common/api';
import { useT } from '../../../../common/locale';

interface SearchHit {
  itemId: string;
  name: string;
  handlingKind: string;
  departmentName: string;
}

const messages = {
  placeholder: ['输入事项名称或关键词搜索，如：老年优待证', 'Search the catalogue, e.g. elderly card'],
  onTheSpot: ['即办件', 'On the spot'],
  promised: ['承诺件', 'Promised'],
  none: ['没有找到已发布的事项', 'No published item found'],
} as const;

/** Searches the published catalogue (the same search residents use) and picks one item. */
export function ItemPicker({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (itemId: string) => void;
  id?: string;
}) {
  const t = useT(messages);
  const [keyword, setKeyword] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      get<{ items: SearchHit[] }>(`/api/catalog/items?pageSize=20&q=${encodeURIComponent(keyword)}`)
        .then((reply) => live && setHits(reply.items))
        .catch(() => live && setHits([]))
        .finally(() => live && setLoading(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [keyword]);

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setKeyword }}
      value={value}
      onChange={onChange}
      loading={loading}
      placeholder={t('placeholder')}
      notFoundContent={loading ? null : t('none')}
      options={hits.map((hit) => ({
        value: hit.itemId,
        label: (
          <span>
            {hit.name}{' '}
            <Tag color={hit.handlingKind === 'on_the_spot' ? 'green' : 'blue'}>
              {hit.handlingKind === 'on_the_spot' ? t('onTheSpot') : t('promised')}
            </Tag>
            <span className="table-note">{hit.departmentName}</span>
          </span>
        ),
      }))}
    />
  );
}
