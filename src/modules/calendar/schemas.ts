import { z } from 'zod';
import { int4Text } from '../../server/int-schemas';
import { isIsoDate } from './rules/days';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2200;

export const Year = int4Text().min(FIRST_YEAR).max(LAST_YEAR);
const IsoDate = z
  .string()
  .trim()
  .refine(isIsoDate, '日期无效，应为 YYYY-MM-DD')
  .refine((date) => Number(date.slice(0, 4)) >= FIRST_YEAR && Number(date.slice(0, 4)) <= LAST_YEAR, {
    message: `年份应在 ${FIRST_YEAR}-${LAST_YEAR} 之间`,
  });
const HolidayName = z.string().trim().min(1, '请填写节日名称').max(40);
export const DayKindSchema = z.enum(['holiday', 'workday']);
const SourceSchema = z.enum(['chinese-days', 'manual']);

export const YearParams = z.object({ year: Year });
export const DayParams = z.object({ date: IsoDate });

export const DayBody = z.object({ kind: DayKindSchema, name: HolidayName });

const NamedDay = z.object({ date: IsoDate, name: HolidayName });
export const YearScheduleBody = z.object({
  holidays: z.array(NamedDay).min(1, '全年安排至少应有一个放假日').max(120),
  workdays: z.array(NamedDay).max(60),
});

export const ExceptionView = z.object({
  date: z.string(),
  kind: DayKindSchema,
  name: z.string(),
  source: SourceSchema,
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
});

export const YearView = z.object({
  year: z.number(),
  /** How the year's official schedule was loaded; null while it is missing. */
  schedule: z
    .object({ source: SourceSchema, loadedBy: z.string().nullable(), loadedAt: z.string() })
    .nullable(),
  exceptions: z.array(ExceptionView),
  coveredYears: z.array(z.number()),
});

export const StatusView = z.object({
  today: z.string(),
  latestCoveredYear: z.number().nullable(),
  warning: z.enum(['current_year_missing', 'next_year_missing']).nullable(),
  missingYear: z.number().nullable(),
});
