import { get } from '../../common/api';
import { beijingDay } from '../../common/beijing-time';

/** What was read: the registry record, a case, a certificate or a material. */
export type DataReadKind = 'registry' | 'case' | 'certificate' | 'material';

/** One staff read of the resident's data, as GET /api/me/data-reads describes it. */
export interface DataRead {
  id: string;
  kind: DataReadKind;
  at: string;
  /** Masked, e.g. 李*燕. */
  staffName: string;
  departmentName: string;
  /** The case number, certificate type or material name; null for a registry read. */
  recordName: string | null;
  purpose: string;
  /** Registry field keys that were shown (registry reads only). */
  fields: string[];
  caseRef: string | null;
  /** The reader saw the ID number, phone and address masked. */
  masked: boolean;
}

export const listMyDataReads = async () => (await get<{ items: DataRead[] }>('/api/me/data-reads')).items;

/** Reads grouped by their Beijing calendar day, newest day first (the server sends newest first). */
export function byDay(reads: readonly DataRead[]): { day: string; reads: DataRead[] }[] {
  const days: { day: string; reads: DataRead[] }[] = [];
  for (const read of reads) {
    const day = beijingDay(read.at);
    const last = days.at(-1);
    if (last && last.day === day) last.reads.push(read);
    else days.push({ day, reads: [read] });
  }
  return days;
}
