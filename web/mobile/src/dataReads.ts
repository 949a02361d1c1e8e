import { get } from '../../common/api';

/** One read of the resident's registry data, as GET /api/me/data-reads describes it. */
export interface DataRead {
  id: number;
  at: string;
  /** Masked, e.g. 李*燕. */
  staffName: string;
  departmentName: string;
  purpose: string;
  /** Registry field keys that were shown. */
  fields: string[];
  caseRef: string | null;
}

export const listMyDataReads = async () => (await get<{ items: DataRead[] }>('/api/me/data-reads')).items;

/** Reads grouped by the reader's calendar day, newest day first (the server sends newest first). */
export function byDay(reads: readonly DataRead[]): { day: Date; reads: DataRead[] }[] {
  const days: { day: Date; reads: DataRead[] }[] = [];
  for (const read of reads) {
    const at = new Date(read.at);
    const day = new Date(at.getFullYear(), at.getMonth(), at.getDate());
    const last = days.at(-1);
    if (last && last.day.getTime() === day.getTime()) last.reads.push(read);
    else days.push({ day, reads: [read] });
  }
  return days;
}
