import { get, post, upload } from '../../../common/api';
import type { ConsentDecision, MaterialView } from '../../../common/materials';

export const listMyMaterials = async () =>
  (await get<{ items: MaterialView[] }>('/api/resident/materials')).items;

/**
 * Uploads one file with its material name, and the catalogue material it is
 * for when known; `onProgress` gets the share sent so far.
 */
export function uploadMyMaterial(
  file: File,
  name: string,
  onProgress: (sent: number) => void,
  forMaterial?: { catalogItemId: string; materialKey: string },
) {
  const form = new FormData();
  form.append('name', name);
  if (forMaterial) {
    form.append('catalogItemId', forMaterial.catalogItemId);
    form.append('materialKey', forMaterial.materialKey);
  }
  form.append('file', file);
  return upload<MaterialView>('/api/resident/materials', form, { onProgress });
}

export const recordMyConsent = (materialId: string, decision: ConsentDecision) =>
  post<MaterialView>(`/api/materials/${encodeURIComponent(materialId)}/consent`, { decision });
