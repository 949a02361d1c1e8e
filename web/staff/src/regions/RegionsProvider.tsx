import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Items, Region } from '../api/types';
import { useApi } from '../api/useApi';
import { buildRegionTree, type RegionNode } from './regionTree';

interface Regions {
  list: Region[];
  tree: RegionNode[];
  byCode: Map<string, Region>;
  loading: boolean;
  reload: () => void;
}

const RegionsContext = createContext<Regions | null>(null);

/** The regions the user may see, loaded once for the pickers on every screen. */
export function RegionsProvider({ children }: { children: ReactNode }) {
  const { data, loading, reload } = useApi<Items<Region>>('/api/regions');
  const regions = useMemo(() => {
    const list = data?.items ?? [];
    return {
      list,
      tree: buildRegionTree(list),
      byCode: new Map(list.map((region) => [region.code, region])),
      loading,
      reload,
    };
  }, [data, loading, reload]);
  return <RegionsContext.Provider value={regions}>{children}</RegionsContext.Provider>;
}

export function useRegions(): Regions {
  const regions = useContext(RegionsContext);
  if (!regions) throw new Error('useRegions outside RegionsProvider');
  return regions;
}
