import dayjs from 'dayjs';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—';
}

/** An instant on the platform's clock (Asia/Shanghai), whatever the browser's zone: limits end there. */
export function formatShanghai(iso: string, part: 'date' | 'dateTime' = 'dateTime'): string {
  const text = new Date(iso).toLocaleString('sv', { timeZone: 'Asia/Shanghai' });
  return part === 'date' ? text.slice(0, 10) : text;
}
