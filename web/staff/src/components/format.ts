import { beijingTime } from '../../../common/beijing-time';

/** An instant on the platform's clock (Asia/Shanghai), whatever the browser's zone: limits end there. */
export const formatShanghai = beijingTime;

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? beijingTime(iso) : '—';
}

/** YYYY-MM-DD HH:mm in Beijing time. */
export function formatMinute(iso: string | null | undefined): string {
  return iso ? beijingTime(iso, 'minute') : '—';
}

/** The Beijing day of an instant, YYYY-MM-DD. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? beijingTime(iso, 'date') : '—';
}
