// Business-minute arithmetic across nights, weekends, DST and time zones.
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes } from '@/lib/sla/add-business-minutes';

const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]) => days.map((day) => ({ day, start, end }));
const london = { timezone: 'Europe/London', days: weekdays('08:00', '18:00') };
const add = (iso: string, minutes: number, hours = london) => addBusinessMinutes(new Date(iso), minutes, hours).toISOString();

describe('addBusinessMinutes', () => {
  it('counts inside one day and carries over the night', () => {
    expect(add('2026-06-15T08:00:00Z', 240)).toBe('2026-06-15T12:00:00.000Z'); // Mon 09:00 BST + 4 h
    expect(add('2026-06-15T16:00:00Z', 240)).toBe('2026-06-16T10:00:00.000Z'); // Mon 17:00 → 1 h + Tue 08:00 + 3 h
    expect(add('2026-06-15T20:00:00Z', 30)).toBe('2026-06-16T07:30:00.000Z'); // after hours: from Tue 08:00 BST
  });

  it('skips the weekend and runs over several days (1800 business minutes = three 10-hour days)', () => {
    expect(add('2026-06-19T16:00:00Z', 240)).toBe('2026-06-22T10:00:00.000Z'); // Fri 17:00 → Mon 11:00 BST
    expect(add('2026-06-15T07:00:00Z', 1800)).toBe('2026-06-17T17:00:00.000Z'); // Mon 08:00 → Wed 18:00 BST
    expect(add('2026-06-15T07:00:00Z', 1801)).toBe('2026-06-18T07:01:00.000Z');
  });

  it('crosses both daylight-saving changes in London', () => {
    expect(add('2026-03-27T17:00:00Z', 120)).toBe('2026-03-30T08:00:00.000Z'); // Fri 17:00 GMT → Mon 09:00 BST
    expect(add('2026-10-23T16:00:00Z', 120)).toBe('2026-10-26T09:00:00.000Z'); // Fri 17:00 BST → Mon 09:00 GMT
  });

  it('counts in the policy time zone, not the server one', () => {
    const taipei = { timezone: 'Asia/Taipei', days: weekdays('09:00', '18:00') };
    // Friday 17:00 Taipei (09:00 UTC) + 2 h → 1 h Friday + 1 h Monday → Monday 10:00 Taipei = 02:00 UTC.
    expect(add('2026-06-19T09:00:00Z', 120, taipei)).toBe('2026-06-22T02:00:00.000Z');
    const ny = { timezone: 'America/New_York', days: weekdays('09:00', '17:00') };
    // Friday 6 March 16:00 EST + 2 h → Monday 9 March 10:00 EDT (the US changed on Sunday).
    expect(add('2026-03-06T21:00:00Z', 120, ny)).toBe('2026-03-09T14:00:00.000Z');
  });

  it('supports split days and overnight business hours', () => {
    const split = { timezone: 'UTC', days: [...weekdays('09:00', '12:00'), ...weekdays('13:00', '17:00')] };
    expect(add('2026-06-15T11:00:00Z', 120, split)).toBe('2026-06-15T14:00:00.000Z'); // 1 h before lunch + 1 h after
    const night = { timezone: 'UTC', days: [{ day: 1, start: '22:00', end: '06:00' }] };
    expect(add('2026-06-15T12:00:00Z', 60, night)).toBe('2026-06-15T23:00:00.000Z');
    expect(add('2026-06-16T05:30:00Z', 60, night)).toBe('2026-06-22T22:30:00.000Z'); // 30 min left Tuesday morning, rest next Monday night
  });

  it('counts calendar time without business hours', () => {
    expect(add('2026-06-13T10:00:00Z', 90, { timezone: 'UTC', days: [] })).toBe('2026-06-13T11:30:00.000Z');
    expect(add('2026-06-13T10:00:00Z', 0)).toBe('2026-06-13T10:00:00.000Z');
  });
});
