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
    '国务院办公厅通常在 10 至 12 月公布下一年的节假日安排。公布后请及时导入，否则跨年办件的期限只能按周一至周五上班估算。',
    'The State Council usually publishes the holidays of the next year in October to December. Load it once published; until then, deadlines running into next year assume Monday to Friday working days.',
  ],
  currentDescription: [
    '本年度的办理期限目前只按周一至周五上班计算，节假日和调休都未计入，请尽快导入。',
    'Deadlines this year count Monday to Friday only, without holidays or make-up days. Load the schedule now.',
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
