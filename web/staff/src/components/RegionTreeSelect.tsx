import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../../common/locale';
import { useRegions } from '../regions/RegionsProvider';
import type { RegionNode } from '../regions/regionTree';

/** The value standing for "every region" in scope pickers; the API wants null instead. */
export const PLATFORM_SCOPE = '*';

const messages = {
  placeholder: ['选择区划', 'Choose a region'],
  platform: ['全平台', 'Whole platform'],
  disabledSuffix: ['（已停用）', ' (disabled)'],
} as const;

interface RegionTreeSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Filters may pick disabled regions; forms creating things in a region may not. */
  allowInactive?: boolean;
  /** Adds a 全平台 choice above the tree (value PLATFORM_SCOPE). */
  withPlatform?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  id?: string;
}

interface Option {
  value: string;
  title: string;
  disabled: boolean;
  children?: Option[];
}

/** Picks one region from the tree the user may see; searchable by name or code. */
export function RegionTreeSelect({
  value,
  onChange,
  placeholder,
  allowClear,
  allowInactive,
  withPlatform,
  disabled,
  style,
  id,
}: RegionTreeSelectProps) {
  const t = useT(messages);
  const { tree, loading } = useRegions();
  const treeData = useMemo(() => {
    const toOption = (node: RegionNode): Option => ({
      value: node.code,
      title: node.active ? node.name : `${node.name}${t('disabledSuffix')}`,
      disabled: !node.active && !allowInactive,
      children: node.children?.map(toOption),
    });
    const options = tree.map(toOption);
    return withPlatform
      ? [{ value: PLATFORM_SCOPE, title: t('platform'), disabled: false }, ...options]
      : options;
  }, [tree, allowInactive, withPlatform, t]);

  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      treeData={treeData}
      loading={loading}
      placeholder={placeholder ?? t('placeholder')}
      allowClear={allowClear}
      disabled={disabled}
      showSearch={{
        filterTreeNode: (input, node) =>
          String(node.title).includes(input) || String(node.value).startsWith(input.trim()),
      }}
      treeDefaultExpandedKeys={tree.map((node) => node.code)}
      popupMatchSelectWidth={false}
      style={{ minWidth: 220, ...style }}
    />
  );
}
