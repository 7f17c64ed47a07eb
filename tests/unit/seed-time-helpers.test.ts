// Business-hours arithmetic and shift windows used by the demo seed.
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, formatLocalTime, isWithinWeeklyHours, localTime } from '@/prisma/seed/add-business-minutes';
import { stepTimes } from '@/prisma/seed/build-messages';
import { c, a } from '@/prisma/seed/thread-script';

const london = { timezone: 'Europe/London', days: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '18:00' })) };

describe('addBusinessMinutes', () => {
  it('adds minutes inside one business day', () => {
    // Monday 15 June 2026, 09:00 BST = 08:00 UTC
    expect(addBusinessMinutes(new Date('2026-06-15T08:00:00Z'), 240, london).toISOString()).toBe('2026-06-15T12:00:00.000Z');
  });

  it('carries over the evening and the weekend', () => {
    // Friday 17:00 BST + 4 business hours = 1 h Friday + 3 h Monday → Monday 11:00 BST
    expect(addBusinessMinutes(new Date('2026-06-12T16:00:00Z'), 240, london).toISOString()).toBe('2026-06-15T10:00:00.000Z');
    // Saturday: the clock starts Monday 08:00 BST
    expect(addBusinessMinutes(new Date('2026-06-13T10:30:00Z'), 30, london).toISOString()).toBe('2026-06-15T07:30:00.000Z');
  });

  it('crosses a daylight-saving change (London, 29 March 2026)', () => {
    // Friday 27 March 17:00 GMT + 2 h → 1 h Friday + 1 h Monday → Monday 09:00 BST = 08:00 UTC
    expect(addBusinessMinutes(new Date('2026-03-27T17:00:00Z'), 120, london).toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('falls back to calendar time without business hours', () => {
    expect(addBusinessMinutes(new Date('2026-06-13T10:00:00Z'), 90, { timezone: 'UTC', days: [] }).toISOString()).toBe('2026-06-13T11:30:00.000Z');
  });
});

describe('isWithinWeeklyHours', () => {
  const overnight = [{ day: 0, start: '22:00', end: '06:00' }];
  it('handles a window past midnight', () => {
    expect(isWithinWeeklyHours(overnight, 'Europe/London', new Date('2026-06-14T22:30:00Z'))).toBe(true); // Sun 23:30 BST
    expect(isWithinWeeklyHours(overnight, 'Europe/London', new Date('2026-06-15T03:00:00Z'))).toBe(true); // Mon 04:00 BST
    expect(isWithinWeeklyHours(overnight, 'Europe/London', new Date('2026-06-15T06:00:00Z'))).toBe(false); // Mon 07:00 BST
    expect(isWithinWeeklyHours(overnight, 'Europe/London', new Date('2026-06-13T23:00:00Z'))).toBe(false); // Sun 00:00 BST, window starts Sun 22:00
  });

  it('reads the weekday in the given time zone', () => {
    expect(localTime(new Date('2026-06-14T20:00:00Z'), 'Asia/Taipei')).toEqual({ day: 1, minutes: 4 * 60 });
  });
});

describe('formatLocalTime', () => {
  const now = new Date('2026-06-15T08:00:00Z');
  it('shows the time today and the weekday otherwise', () => {
    expect(formatLocalTime(new Date('2026-06-15T09:32:00Z'), 'Europe/London', now)).toBe('10:32');
    expect(formatLocalTime(new Date('2026-06-13T09:32:00Z'), 'Europe/London', now)).toBe('Sat 10:32');
    expect(formatLocalTime(new Date('2026-06-01T09:32:00Z'), 'Europe/London', now)).toBe('1 Jun 10:32');
  });
});

describe('stepTimes', () => {
  it('never puts a message in the future', () => {
    const now = new Date('2026-06-15T08:00:00Z');
    const times = stepTimes([c('hi'), a('sam', 'hello', 120), c('thanks', 60)], 1, now);
    expect(times[0].toISOString()).toBe('2026-06-15T07:00:00.000Z');
    expect(times[2].getTime()).toBeLessThanOrEqual(now.getTime() - 60_000);
    expect(times[1].getTime()).toBeGreaterThan(times[0].getTime());
    expect(times[2].getTime()).toBeGreaterThan(times[1].getTime());
  });
});
