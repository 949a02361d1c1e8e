import { ImportOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { formatScheduleText } from '../../../../../src/modules/calendar/rules/schedule-text';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { CalendarWarningBanner } from './CalendarWarning';
import { DayDialog } from './DayDialog';
import { useDayText } from './dayText';
import { ImportYearDialog } from './ImportYearDialog';
import { MonthGrid } from './MonthGrid';
import type { CalendarException, CalendarStatus, CalendarYear } from './types';
import { useCalendarManager } from './useCalendarManager';
import './calendar.css';

const messages = {
  title: ['工作日历', 'Working-day calendar'],
  description: [
    '办理时限按工作日计算：周一至周五上班、周六周日休息，以下标出的放假日与调休上班日除外。',
    'Deadlines count working days: Monday to Friday, except the holidays and make-up working days marked here.',
  ],
  import: ['导入全年安排', 'Load a yearly schedule'],
  importMissing: ['导入 {year} 年安排', 'Load {year}'],
  previous: ['上一年', 'Previous year'],
  next: ['下一年', 'Next year'],
  yearTitle: ['{year} 年', '{year}'],
  shipped: [
    '已载入官方安排（随系统提供的 chinese-days 数据）',
    'Official schedule loaded (shipped chinese-days data)',
  ],
  loadedBy: ['已载入官方安排：{who} 于 {at} 导入', 'Official schedule loaded by {who} on {at}'],
  missing: [
    '尚未载入该年官方安排：跨入该年的期限按周末和法定节假日（元旦、春节、清明、劳动节、端午、中秋、国庆）暂估，导入后自动校正',
    'No official schedule for this year: deadlines into it are estimated from weekends and the statutory holidays, and corrected once it is loaded',
  ],
  holiday: ['放假', 'Holiday'],
  workday: ['调休上班', 'Make-up working day'],
  rest: ['周末休息', 'Weekend'],
  today: ['今天', 'Today'],
  clickHint: ['点击日期可修改', 'Click a day to change it'],
} as const;

const MONTHS = Array.from({ length: 12 }, (_, month) => month);

/** 工作日历: the year's holidays and make-up working days; administrators edit days and load whole years. */
export function CalendarPage() {
  const t = useT(messages);
  const manager = useCalendarManager();
  const dayText = useDayText();
  const [year, setYear] = useState(() => dayjs().year());
  const [picked, setPicked] = useState<string | null>(null);
  /** The year the import dialog opens with; null while it is closed. */
  const [importing, setImporting] = useState<number | null>(null);
  const calendar = useApi<CalendarYear>(`/api/calendar/years/${year}`);
  const status = useApi<CalendarStatus>('/api/calendar/status');
  const exceptions = useMemo(
    () =>
      new Map((calendar.data?.exceptions ?? []).map((day): [string, CalendarException] => [day.date, day])),
    [calendar.data],
  );
  const schedule = calendar.data?.schedule;
  const scheduleText = !schedule
    ? t('missing')
    : schedule.source === 'chinese-days'
      ? t('shipped')
      : t('loadedBy')
          .replace('{who}', schedule.loadedBy ?? '—')
          .replace('{at}', formatDateTime(schedule.loadedAt));
  const missingYear = status.data?.missingYear;
  const reload = () => {
    calendar.reload();
    status.reload();
  };
  const importButton = (
    <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(year)}>
      {t('import')}
    </Button>
  );
  const importMissingButton = missingYear && (
    <Button icon={<ImportOutlined />} onClick={() => setImporting(missingYear)}>
      {t('importMissing').replace('{year}', String(missingYear))}
    </Button>
  );

  return (
    <PageSection title={t('title')} description={t('description')} extra={manager && importButton}>
      {manager && <CalendarWarningBanner status={status.data} action={importMissingButton} />}
      <Flex justify="space-between" align="center" wrap gap={12} className="calendar-toolbar">
        <Space>
          <Button icon={<LeftOutlined />} aria-label={t('previous')} onClick={() => setYear(year - 1)} />
          <Typography.Title level={4} className="calendar-year-title">
            {t('yearTitle').replace('{year}', String(year))}
          </Typography.Title>
          <Button icon={<RightOutlined />} aria-label={t('next')} onClick={() => setYear(year + 1)} />
          <Typography.Text type={schedule ? 'secondary' : 'warning'}>
            {calendar.data && scheduleText}
          </Typography.Text>
        </Space>
        <Space size={16} className="calendar-legend">
          <span className="calendar-legend-item calendar-day-holiday">
            <b>{dayText.mark('holiday')}</b> {t('holiday')}
          </span>
          <span className="calendar-legend-item calendar-day-workday">
            <b>{dayText.mark('workday')}</b> {t('workday')}
          </span>
          <span className="calendar-legend-item calendar-day-rest">{t('rest')}</span>
          <span className="calendar-legend-item calendar-day-today">{t('today')}</span>
          {manager && <Typography.Text type="secondary">{t('clickHint')}</Typography.Text>}
        </Space>
      </Flex>
      <Spin spinning={calendar.loading}>
        <div className="calendar-year">
          {MONTHS.map((month) => (
            <MonthGrid
              key={month}
              year={year}
              month={month}
              exceptions={exceptions}
              today={status.data?.today ?? ''}
              onPick={manager ? setPicked : undefined}
            />
          ))}
        </div>
      </Spin>
      {picked && (
        <DayDialog
          date={picked}
          exception={exceptions.get(picked)}
          onClose={() => setPicked(null)}
          onSaved={reload}
        />
      )}
      {importing !== null && (
        <ImportYearDialog
          initial={{
            year: importing,
            // The year on screen starts from its current schedule, so a correction is an edit, not a retype.
            text: importing === year ? formatScheduleText(calendar.data?.exceptions ?? []) : '',
          }}
          coveredYears={calendar.data?.coveredYears ?? []}
          onClose={() => setImporting(null)}
          onLoaded={(loaded) => {
            setYear(loaded.year);
            reload();
          }}
        />
      )}
    </PageSection>
  );
}
