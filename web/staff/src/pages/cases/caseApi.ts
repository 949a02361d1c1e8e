import { api } from '../../../../common/api';
import type { Changed, Issued } from './types';

/** One attempt of an intake: a fresh key per attempt, the same key for the network's retries of it. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** The act endpoints of a case; every act names the version the clerk saw and the window. */
export const caseActs = {
  recordMaterials: (id: string, body: object) => api<Changed>('PUT', `/api/cases/${id}/materials`, body),
  correctForm: (id: string, body: object) =>
    api<Changed & { changedFields: string[] }>('PUT', `/api/cases/${id}/form`, body),
  decide: (id: string, decision: Decision, body: object) =>
    api<Issued>('POST', `/api/cases/${id}/${decision}`, body),
  paperSent: (id: string, body: object) => api<Changed>('POST', `/api/cases/${id}/paper/sent`, body),
  paperReceived: (id: string, body: object) => api<Changed>('POST', `/api/cases/${id}/paper/received`, body),
};

export type Decision = 'accept' | 'accept-tolerantly' | 'missing-notice' | 'refuse' | 'complete';

export const documentPath = (caseId: string, documentId: string) =>
  `/cases/${caseId}/documents/${documentId}`;
