import type { OwnerIdType } from '../../../../../src/shared/material-files';
import { ApiError, post, upload } from '../../../../common/api';
import type { ConsentDecision, MaterialView } from '../../../../common/materials';

export interface Owner {
  ownerIdType: OwnerIdType;
  ownerNumber: string;
}

/** POST, not GET: the owner's ID number stays out of URLs and so out of access logs. */
export const lookUpMaterials = async (owner: Owner) =>
  (await post<{ items: MaterialView[] }>('/api/materials/lookup', owner)).items;

/** Refusals of the file itself, shown under the file field rather than only as a toast. */
const FILE_ERRORS = new Set(['FILE_TYPE_NOT_ALLOWED', 'FILE_TOO_LARGE', 'FILE_EMPTY', 'TOO_MANY_FILES']);

export async function uploadForOwner(
  owner: Owner,
  name: string,
  file: File,
  onProgress: (sent: number) => void,
): Promise<MaterialView> {
  const form = new FormData();
  form.append('ownerIdType', owner.ownerIdType);
  form.append('ownerNumber', owner.ownerNumber);
  form.append('name', name);
  form.append('file', file);
  try {
    return await upload<MaterialView>('/api/materials', form, { onProgress });
  } catch (error) {
    if (!(error instanceof ApiError) || !FILE_ERRORS.has(error.code)) throw error;
    throw new ApiError(error.status, error.code, error.message, [
      { field: 'file', label: '文件', message: error.message },
    ]);
  }
}

export const recordConsentAtWindow = (materialId: string, decision: ConsentDecision) =>
  post<MaterialView>(`/api/materials/${encodeURIComponent(materialId)}/consent`, { decision });
