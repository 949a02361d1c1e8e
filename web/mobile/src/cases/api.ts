import { get, post } from '../../../common/api';
import type {
  Correction,
  CorrectionAnswered,
  DocumentView,
  MyCase,
  MyCaseDetail,
  PublicProgress,
} from './types';

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

const casePath = (caseId: string) => `/api/resident/cases/${encodeURIComponent(caseId)}`;

/** What the office asked to correct on one of my cases, newest first. */
export const loadMyCorrections = async (caseId: string) =>
  (await get<{ items: Correction[] }>(`${casePath(caseId)}/corrections`)).items;

export const answerMyCorrection = (
  caseId: string,
  correctionId: string,
  answer: { answer: string; materialIds: string[] },
) =>
  post<CorrectionAnswered>(
    `${casePath(caseId)}/corrections/${encodeURIComponent(correctionId)}/answer`,
    answer,
  );
