import { get } from '../../../common/api';
import type { DocumentView, MyCase, MyCaseDetail, PublicProgress } from './types';

export const loadPublicProgress = (code: string) =>
  get<PublicProgress>(`/api/public/progress/${encodeURIComponent(code)}`);

export const loadMyCases = () => get<{ items: MyCase[] }>('/api/resident/cases');

export const loadMyCase = (id: string) => get<MyCaseDetail>(`/api/resident/cases/${encodeURIComponent(id)}`);

/** `key` is "<case id>/<document id>", so one useLoaded key covers both. */
export const loadMyDocument = (key: string) => {
  const [caseId = '', documentId = ''] = key.split('/');
  return get<DocumentView>(
    `/api/resident/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}`,
  );
};
