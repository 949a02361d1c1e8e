import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { getPublishedItem } from '../catalog/api';
import { useLoaded } from '../catalog/useLoaded';

/** The catalogue material an upload is for, when the resident came from a guide's 提前上传. */
export interface UploadPreset {
  catalogItemId: string;
  materialKey: string;
  materialName: string;
  itemName: string;
}

/**
 * Reads ?item=…&material=… (set by the guide) and names the material from the
 * published item, so the upload is filed under it and offered again at intake.
 */
export function useUploadPreset(): UploadPreset | null {
  const [params] = useSearchParams();
  const itemId = params.get('item') ?? '';
  const materialKey = params.get('material') ?? '';
  const load = useCallback((id: string) => (id ? getPublishedItem(id) : Promise.resolve(null)), []);
  const { data: item } = useLoaded(load, itemId);
  // One object per item and material, so the form fills the name once and the resident may change it.
  return useMemo(() => {
    const material = item?.content.materials.find((entry) => entry.key === materialKey);
    return item && material
      ? { catalogItemId: item.itemId, materialKey, materialName: material.name, itemName: item.content.name }
      : null;
  }, [item, materialKey]);
}
