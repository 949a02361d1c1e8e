import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../../../../common/locale';
import type { Items, Region } from '../../../api/types';
import { useApi } from '../../../api/useApi';
import { buildRegionTree, type RegionNode } from '../../../regions/regionTree';

const messages = {
  placeholder: ['选择区、街道、社区（可输入名称查找）', 'District, street, community (type to search)'],
} as const;

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  /** A grid worker delivers to a community: only communities can be picked. */
  communityOnly?: boolean;
  id?: string;
}

/** The region of a delivery address, from every region of the platform (not only the clerk's own). */
export function AddressRegionSelect({ value, onChange, communityOnly = false, id }: Props) {
  const t = useT(messages);
  const { data, loading } = useApi<Items<Region>>('/api/public/regions');
  const treeData = useMemo(() => {
    // The chosen region shows with the regions above it (潮鸣街道 / 小天竺社区), the list by name alone.
    const toOption = (node: RegionNode, above: string): object => {
      const path = above ? `${above} / ${node.name}` : node.name;
      return {
        value: node.code,
        title: node.name,
        path,
        selectable: !communityOnly || node.level === 'community',
        children: node.children?.map((child) => toOption(child, path)),
      };
    };
    return buildRegionTree(data?.items ?? []).map((root) => toOption(root, ''));
  }, [data, communityOnly]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      treeData={treeData}
      treeNodeLabelProp="path"
      loading={loading}
      placeholder={t('placeholder')}
      showSearch={{ filterTreeNode: (input, node) => String(node.title).includes(input.trim()) }}
      treeDefaultExpandAll
      listHeight={320}
    />
  );
}
