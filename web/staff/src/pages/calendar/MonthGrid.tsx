import { addDays, type IsoDate, weekdayOf } from '../../../../../src/modules/calendar/rules/days';
import { dayState, useDayText } from './dayText';
import type { CalendarException } from './types';

interface MonthGridProps {
  year: number;
  /** 0 = January. */
  month: number;
  exceptions: ReadonlyMap<IsoDate, CalendarException>;
  today: IsoDate;
  /** Given to administrators: clicking a day edits it. */
  onPick?: (date: IsoDate) => void;
}

/** The days of one month. */
function monthDays(year: number, month: number): IsoDate[] {
  const first = `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const days: IsoDate[] = [];
  for (let date = first; date.slice(5, 7) === first.slice(5, 7); date = addDays(date, 1)) days.push(date);
  return days;
}

/** The column of a day, Monday first: the 1st starts under its weekday and the rest follow. */
const columnOf = (date: IsoDate) => ((weekdayOf(date) + 6) % 7) + 1;

/** One month of the year view: rest days, holidays (named) and make-up working days each in their colour. */
export function MonthGrid({ year, month, exceptions, today, onPick }: MonthGridProps) {
  const text = useDayText();
  return (
    <section className="calendar-month" aria-label={text.monthName(month)}>
      <h3 className="calendar-month-title">{text.monthName(month)}</h3>
      <div className="calendar-month-grid">
        {text.weekHeads.map((head, index) => (
          <span key={head} className={`calendar-head${index >= 5 ? ' calendar-head-weekend' : ''}`}>
            {head}
          </span>
        ))}
        {monthDays(year, month).map((date) => {
          const exception = exceptions.get(date);
          const state = dayState(date, exception);
          const label = [text.longDate(date), text.stateLabel(state), exception?.name]
            .filter(Boolean)
            .join(' · ');
          const className = `calendar-day calendar-day-${state}${date === today ? ' calendar-day-today' : ''}`;
          // Only the 1st needs placing; the grid flows the other days after it.
          const style = date.endsWith('-01') ? { gridColumnStart: columnOf(date) } : undefined;
          const content = (
            <>
              <span className="calendar-day-number">{Number(date.slice(8, 10))}</span>
              {text.mark(state) && <span className="calendar-day-mark">{text.mark(state)}</span>}
              {exception && <span className="calendar-day-name">{exception.name}</span>}
            </>
          );
          return onPick ? (
            <button
              key={date}
              type="button"
              className={className}
              style={style}
              title={label}
              aria-label={label}
              onClick={() => onPick(date)}
            >
              {content}
            </button>
          ) : (
            <span key={date} className={className} style={style} title={label}>
              {content}
            </span>
          );
        })}
      </div>
    </section>
  );
}
