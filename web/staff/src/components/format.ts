import dayjs from 'dayjs';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—';
}

/** "共 {n} 条" with the number filled in. */
export function fillCount(template: string, n: number): string {
  return template.replace('{n}', String(n));
}
