import { describe, expect, it } from 'vitest';
import { dayKey, daysOfWeek, lastDays, lastWeeks, weekKey } from '@/lib/time/calendar';

describe('calendar keys', () => {
  it('weeks start on Monday', () => {
    expect(weekKey(new Date(2026, 10, 23, 9).getTime())).toBe('2026-11-23'); // a Monday
    expect(weekKey(new Date(2026, 10, 29, 23).getTime())).toBe('2026-11-23'); // its Sunday
    expect(weekKey(new Date(2026, 10, 22, 9).getTime())).toBe('2026-11-16');
  });

  it('windows include today and run oldest first, across month and year ends', () => {
    expect(lastDays(new Date(2027, 0, 2, 8).getTime(), 4)).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(lastWeeks(new Date(2026, 10, 25).getTime(), 3)).toEqual([
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(daysOfWeek('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(dayKey(new Date(2026, 0, 5, 0, 0, 1).getTime())).toBe('2026-01-05');
  });
});
