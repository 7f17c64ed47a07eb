// Who is on shift: weekly hours in each person's own time zone, overnight
// spans, daylight-saving changes, malformed schedules.
import { describe, expect, it } from 'vitest';
import { isOnShift, shiftStatus, shiftWindowAt } from '@/lib/routing/is-on-shift';
import { zonedTimeToUtc, localTime } from '@/lib/sla/zoned-time';

const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]) => days.map((day) => ({ day, start, end }));
const at = (iso: string) => new Date(iso);

describe('isOnShift', () => {
  const london = { name: 'Sales mornings', timezone: 'Europe/London', weeklyHours: weekdays('08:00', '16:30') };
  const bucharest = { name: 'EU early', timezone: 'Europe/Bucharest', weeklyHours: weekdays('08:00', '16:00') };
  const taipei = { name: 'APAC', timezone: 'Asia/Taipei', weeklyHours: weekdays('09:00', '18:00') };
  const newYork = { name: 'Americas', timezone: 'America/New_York', weeklyHours: weekdays('09:00', '17:30') };

  it('reads each shift in its own time zone', () => {
    // Monday 15 June 2026, 06:30 UTC: 07:30 London, 09:30 Bucharest, 14:30 Taipei, 02:30 New York.
    const now = at('2026-06-15T06:30:00Z');
    expect(isOnShift(london, now)).toBe(false);
    expect(isOnShift(bucharest, now)).toBe(true);
    expect(isOnShift(taipei, now)).toBe(true);
    expect(isOnShift(newYork, now)).toBe(false);
    // 14:00 UTC: London 15:00 on, Bucharest 17:00 off, Taipei 22:00 off, New York 10:00 on.
    const afternoon = at('2026-06-15T14:00:00Z');
    expect([london, bucharest, taipei, newYork].map((s) => isOnShift(s, afternoon))).toEqual([true, false, false, true]);
  });

  it('ends a shift at its end minute and starts it at its start minute', () => {
    expect(isOnShift(london, at('2026-06-15T07:00:00Z'))).toBe(true); // 08:00 BST
    expect(isOnShift(london, at('2026-06-15T06:59:59Z'))).toBe(false);
    expect(isOnShift(london, at('2026-06-15T15:30:00Z'))).toBe(false); // 16:30 BST
  });

  it('follows the weekday in the shift time zone, not UTC', () => {
    // Sunday 14 June 2026 22:00 UTC is already Monday 06:00 in Taipei, before 09:00.
    expect(isOnShift(taipei, at('2026-06-14T22:00:00Z'))).toBe(false);
    // ... and Monday 09:00 Taipei is Monday 01:00 UTC.
    expect(isOnShift(taipei, at('2026-06-15T01:00:00Z'))).toBe(true);
    // Friday 18:00 UTC is Saturday 02:00 in Taipei: not a working day.
    expect(isOnShift(taipei, at('2026-06-19T18:00:00Z'))).toBe(false);
  });

  it('runs an overnight shift past midnight into the next day', () => {
    const sam = { name: 'Overnight', timezone: 'Europe/London', weeklyHours: weekdays('22:00', '06:00', [0, 4, 5, 6]) };
    expect(isOnShift(sam, at('2026-06-18T21:30:00Z'))).toBe(true); // Thu 22:30 BST
    expect(isOnShift(sam, at('2026-06-19T04:59:00Z'))).toBe(true); // Fri 05:59 BST, Thursday's shift
    expect(isOnShift(sam, at('2026-06-19T05:00:00Z'))).toBe(false); // Fri 06:00 BST
    expect(isOnShift(sam, at('2026-06-16T01:00:00Z'))).toBe(false); // Tue 02:00 BST: Monday night is not his
    expect(isOnShift(sam, at('2026-06-15T01:00:00Z'))).toBe(true); // Mon 02:00 BST: Sunday night's shift
    expect(shiftWindowAt(sam, at('2026-06-19T01:00:00Z'))).toEqual({ start: at('2026-06-18T21:00:00Z'), end: at('2026-06-19T05:00:00Z') });
  });

  it('keeps local start times across the spring-forward night (London, 29 March 2026)', () => {
    const sam = { name: 'Overnight', timezone: 'Europe/London', weeklyHours: [{ day: 6, start: '22:00', end: '06:00' }] };
    // Saturday 22:00 GMT → Sunday 06:00 BST is only 7 real hours.
    const w = shiftWindowAt(sam, at('2026-03-29T00:30:00Z'))!;
    expect(w.start.toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-03-29T05:00:00.000Z');
    expect(isOnShift(sam, at('2026-03-29T05:30:00Z'))).toBe(false); // 06:30 BST
    // Monday after: 08:00 BST is 07:00 UTC, not 08:00 UTC.
    const day = { timezone: 'Europe/London', weeklyHours: weekdays('08:00', '16:30') };
    expect(isOnShift(day, at('2026-03-30T07:00:00Z'))).toBe(true);
    expect(isOnShift(day, at('2026-03-27T07:30:00Z'))).toBe(false); // the Friday before: 07:30 GMT
  });

  it('handles the autumn night that has an hour twice (London, 25 October 2026)', () => {
    const sam = { timezone: 'Europe/London', weeklyHours: [{ day: 6, start: '22:00', end: '06:00' }] };
    const w = shiftWindowAt(sam, at('2026-10-25T01:30:00Z'))!;
    // 22:00 BST (21:00 UTC) to 06:00 GMT (06:00 UTC): nine real hours.
    expect(w.start.toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });

  it('handles the US change on another date than Europe (8 March 2026)', () => {
    const ny = { timezone: 'America/New_York', weeklyHours: weekdays('09:00', '17:30') };
    expect(isOnShift(ny, at('2026-03-09T13:00:00Z'))).toBe(true); // Mon 09:00 EDT
    expect(isOnShift(ny, at('2026-03-06T13:30:00Z'))).toBe(false); // Fri 08:30 EST
  });

  it('treats a malformed schedule or time zone as never on shift', () => {
    expect(isOnShift({ timezone: 'Europe/London', weeklyHours: [{ day: 9, start: '25:00', end: 'x' }] }, at('2026-06-15T10:00:00Z'))).toBe(false);
    expect(isOnShift({ timezone: 'Mars/Olympus', weeklyHours: weekdays('00:00', '23:59') }, at('2026-06-15T10:00:00Z'))).toBe(false);
  });
});

describe('shiftStatus', () => {
  const support = { timezone: 'Europe/London', weeklyHours: weekdays('08:00', '16:30'), teamId: 'support' };
  const onCall = { name: 'Incident on-call', timezone: 'Europe/Lisbon', weeklyHours: weekdays('00:00', '23:59', [0, 1, 2, 3, 4, 5, 6]), onCall: true, teamId: 'incident' };

  it('counts shifts for the team or for no team, and says until when', () => {
    const now = at('2026-06-15T10:00:00Z');
    const s = shiftStatus([support], 'support', now);
    expect(s.on && !s.unscheduled && s.until.toISOString()).toBe('2026-06-15T15:30:00.000Z');
    // No sales shift: their support hours are still their working hours (not "always on").
    expect(shiftStatus([support], 'sales', now).on).toBe(true);
    expect(shiftStatus([support], 'sales', at('2026-06-15T02:00:00Z')).on).toBe(false);
    // A sales shift, when there is one, decides for sales.
    const salesEvening = { timezone: 'Europe/London', weeklyHours: weekdays('18:00', '22:00'), teamId: 'sales' };
    expect(shiftStatus([support, salesEvening], 'sales', now).on).toBe(false);
    // Someone else's on-call duty is not regular availability for another team...
    expect(shiftStatus([onCall], 'support', at('2026-06-14T03:00:00Z')).on).toBe(false);
    // ...but on call is on call, whatever team pages them.
    expect(shiftStatus([onCall], 'sales', at('2026-06-14T03:00:00Z'), { onCallOnly: true }).on).toBe(true);
    expect(shiftStatus([support, onCall], 'incident', at('2026-06-14T03:00:00Z'), { onCallOnly: true }).on).toBe(true);
    expect(shiftStatus([support], 'incident', now, { onCallOnly: true }).on).toBe(false);
  });

  it('treats a person without shifts as always available', () => {
    expect(shiftStatus([], 'support', at('2026-06-14T03:00:00Z'))).toEqual({ on: true, unscheduled: true });
  });
});

describe('zonedTimeToUtc', () => {
  it('converts local wall-clock times, DST included', () => {
    expect(zonedTimeToUtc(2026, 6, 15, 8, 0, 'Europe/London').toISOString()).toBe('2026-06-15T07:00:00.000Z');
    expect(zonedTimeToUtc(2026, 1, 15, 8, 0, 'Europe/London').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(zonedTimeToUtc(2026, 6, 15, 9, 0, 'Asia/Taipei').toISOString()).toBe('2026-06-15T01:00:00.000Z');
    // A time in the spring-forward gap means the moment after the gap.
    expect(zonedTimeToUtc(2026, 3, 29, 1, 30, 'Europe/London').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedTimeToUtc(2026, 3, 8, 2, 30, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // A time that happens twice means the first.
    expect(zonedTimeToUtc(2026, 10, 25, 1, 30, 'Europe/London').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // Day 32 of June is 2 July (a Thursday), as with Date.UTC.
    expect(localTime(zonedTimeToUtc(2026, 6, 32, 8, 0, 'Europe/Paris'), 'Europe/Paris')).toEqual({ day: 4, minutes: 480 });
  });
});
