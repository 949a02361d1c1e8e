import { type IsoDate, isWeekend, weekdayOf } from '../../../../../src/modules/calendar/rules/days';
import { useT } from '../../../../common/locale';
import type { CalendarException } from './types';

const messages = {
  weekdays: ['日,一,二,三,四,五,六', 'Sun,Mon,Tue,Wed,Thu,Fri,Sat'],
  months: [
    '1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月',
    'January,February,March,April,May,June,July,August,September,October,November,December',
  ],
  longDate: ['{y}年{m}月{d}日 星期{w}', '{w}, {mn} {d}, {y}'],
  holiday: ['放假', 'Holiday'],
  workday: ['调休上班', 'Make-up working day'],
  rest: ['休息日', 'Rest day'],
  working: ['工作日', 'Working day'],
  holidayMark: ['休', 'H'],
  workdayMark: ['班', 'W'],
} as const;

export type DayState = 'working' | 'rest' | 'holiday' | 'workday';

/** How a day counts: an exception decides, otherwise the weekday does. */
export function dayState(date: IsoDate, exception: CalendarException | undefined): DayState {
  if (exception) return exception.kind;
  return isWeekend(date) ? 'rest' : 'working';
}

/** The words the calendar screen uses for days, months and weekdays in the chosen language. */
export function useDayText() {
  const t = useT(messages);
  const weekdays = t('weekdays').split(',');
  const weekday = (date: IsoDate) => weekdays[weekdayOf(date)] as string;
  const monthName = (month: number) => t('months').split(',')[month] as string;
  return {
    /** Column heads, Monday first as Chinese calendars print them. */
    weekHeads: [1, 2, 3, 4, 5, 6, 0].map((index) => weekdays[index] as string),
    monthName,
    longDate: (date: IsoDate) =>
      t('longDate')
        .replace('{y}', date.slice(0, 4))
        .replace('{m}', String(Number(date.slice(5, 7))))
        .replace('{mn}', monthName(Number(date.slice(5, 7)) - 1))
        .replace('{d}', String(Number(date.slice(8, 10))))
        .replace('{w}', weekday(date)),
    stateLabel: (state: DayState) => t(state),
    mark: (state: DayState) =>
      state === 'holiday' ? t('holidayMark') : state === 'workday' ? t('workdayMark') : '',
  };
}
