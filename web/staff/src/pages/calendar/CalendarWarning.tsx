import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import type { CalendarStatus } from './types';
import { useCalendarManager } from './useCalendarManager';
import './calendar.css';

const messages = {
  next_year_missing: ['尚未载入 {year} 年节假日安排', 'The {year} holiday schedule is not loaded yet'],
  current_year_missing: [
    '本年度（{year} 年）节假日安排缺失',
    'The holiday schedule for this year ({year}) is missing',
  ],
  nextDescription: [
    '国务院办公厅通常在 10 至 12 月公布下一年的节假日安排。在导入之前，跨入下一年的办件和待办期限只按周末和法定节假日（元旦、春节、清明、劳动节、端午、中秋、国庆）暂估，并标为“暂估”；导入后系统自动校正这些期限，并通知期限有变动的申请人和经办人。',
    'The State Council usually publishes the holidays of the next year in October to December. Until it is loaded, deadlines of cases and tasks that run into next year are estimated from weekends and the statutory holidays only and marked “estimated”; once it is loaded they are corrected automatically, and applicants and officers whose dates move are told.',
  ],
  currentDescription: [
    '本年度的办理期限目前只按周末和法定节假日暂估，放假调休安排未计入，均标为“暂估”，请尽快导入；导入后系统自动校正。',
    'Deadlines this year are estimated from weekends and the statutory holidays only, without the published bridging and make-up days, and marked “estimated”. Load the schedule now; they are corrected once it is loaded.',
  ],
  open: ['前往工作日历', 'Open the calendar'],
} as const;

/** The banner for a missing year's schedule, or nothing when none is missing. */
export function CalendarWarningBanner({
  status,
  action,
}: {
  status: CalendarStatus | undefined;
  action: ReactNode;
}) {
  const t = useT(messages);
  if (!status?.warning || status.missingYear === null) return null;
  const current = status.warning === 'current_year_missing';
  return (
    <Alert
      className="calendar-warning"
      type={current ? 'error' : 'warning'}
      showIcon
      title={t(status.warning).replace('{year}', String(status.missingYear))}
      description={t(current ? 'currentDescription' : 'nextDescription')}
      action={action}
    />
  );
}

/** On the 工作台: tells administrators who maintain the calendar that a year is missing; nothing for anyone else. */
export function CalendarWarning() {
  const t = useT(messages);
  const manager = useCalendarManager();
  const { data } = useApi<CalendarStatus>(manager ? '/api/calendar/status' : null);
  const open = (
    <Link to="/calendar">
      <Button size="small">{t('open')}</Button>
    </Link>
  );
  return <CalendarWarningBanner status={data} action={open} />;
}
