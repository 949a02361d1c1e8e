import { beforeAll, describe, expect, it } from 'vitest';
import { beijingDay, beijingInstant } from '../../web/common/beijing-time';
import { formatDate, formatDateTime, formatMinute } from '../../web/staff/src/components/format';

/** 2026-03-05 08:23:45 in Beijing is 00:23:45 UTC: a PC set to UTC must still read 08:23. */
const MORNING = '2026-03-05T00:23:45.000Z';
/** 2026-03-05 07:30 in Beijing is still 03-04 in UTC. */
const EARLY = '2026-03-04T23:30:00.000Z';

describe('times in Beijing time whatever the browser says', () => {
  beforeAll(() => {
    // Node reads TZ again when it changes: this process now runs on a UTC clock.
    process.env.TZ = 'UTC';
    expect(new Date(MORNING).getHours()).toBe(0);
  });

  it('formats the staff app times in Asia/Shanghai', () => {
    expect(formatDateTime(MORNING)).toBe('2026-03-05 08:23:45');
    expect(formatMinute(MORNING)).toBe('2026-03-05 08:23');
    expect(formatDate(EARLY)).toBe('2026-03-05');
    expect(formatDateTime(null)).toBe('—');
  });

  it('gives the resident app the Beijing day', () => {
    expect(beijingDay(EARLY)).toBe('2026-03-05');
  });

  it('reads what a clerk picks as Beijing time', () => {
    expect(beijingInstant('2026-03-05T08:23:45')).toBe(MORNING);
    expect(beijingInstant('2026-03-05')).toBe('2026-03-04T16:00:00.000Z');
  });
});
