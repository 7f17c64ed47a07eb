// The next person on shift and the overnight handoff note.
import { describe, expect, it } from 'vitest';
import { lastShiftEnd, nextShiftStart } from '@/lib/routing/next-shift-start';
import { labelForTags, planHandoff } from '@/lib/routing/plan-handoff';
import type { Candidate } from '@/lib/routing/pick-assignee';

const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]) => days.map((day) => ({ day, start, end }));
const member = (name: string, timezone: string, start: string, end: string, over: Partial<Candidate> = {}): Candidate => ({
  membershipId: name.toLowerCase(),
  name,
  active: true,
  isSenior: false,
  languages: ['en'],
  capacity: 10,
  openCount: 0,
  lastAssignedAt: null,
  shifts: [{ name: 'Day', timezone, weeklyHours: weekdays(start, end) }],
  inTeam: true,
  ...over,
});

// Tuesday 16 June 2026, 02:14 London (01:14 UTC).
const NIGHT = new Date('2026-06-16T01:14:00Z');
const dana = member('Dana Kim', 'Europe/London', '08:00', '16:30');
const ioana = member('Ioana Petrescu', 'Europe/Bucharest', '08:00', '16:00', { languages: ['ro', 'en'] });
const luis = member('Luis Ortega', 'America/New_York', '09:00', '17:30', { languages: ['es', 'en'] });

describe('nextShiftStart', () => {
  it('finds who starts first across time zones', () => {
    const next = nextShiftStart([dana, ioana, luis], 't', NIGHT)!;
    // 08:00 Bucharest (05:00 UTC) comes before 08:00 London (07:00 UTC) and 09:00 New York (13:00 UTC).
    expect(next.at.toISOString()).toBe('2026-06-16T05:00:00.000Z');
    expect(next.now).toBe(false);
    expect(next.people.map((p) => [p.name, p.timezone])).toEqual([['Ioana Petrescu', 'Europe/Bucharest']]);
  });

  it('answers "now" when someone is on shift', () => {
    const next = nextShiftStart([dana, luis], 't', new Date('2026-06-16T10:00:00Z'))!;
    expect(next).toMatchObject({ now: true, people: [{ name: 'Dana Kim' }] });
  });

  it('skips the weekend and lists people starting together', () => {
    const friNight = new Date('2026-06-19T22:00:00Z'); // Friday 23:00 London
    const dana2 = member('Dana Two', 'Europe/London', '08:00', '12:00');
    const next = nextShiftStart([dana, dana2], 't', friNight)!;
    expect(next.at.toISOString()).toBe('2026-06-22T07:00:00.000Z'); // Monday 08:00 BST
    expect(next.people.map((p) => p.name).sort()).toEqual(['Dana Kim', 'Dana Two']);
  });

  it('returns null when nobody has a shift', () => {
    expect(nextShiftStart([member('X', 'Europe/London', '08:00', '09:00', { shifts: [{ timezone: 'Europe/London', weeklyHours: [] }] })], 't', NIGHT)).toBeNull();
  });

  it('finds the end of the latest shift before a moment', () => {
    expect(lastShiftEnd(dana.shifts, new Date('2026-06-16T07:00:00Z'))?.toISOString()).toBe('2026-06-15T15:30:00.000Z');
    expect(lastShiftEnd(dana.shifts, new Date('2026-06-15T07:00:00Z'))?.toISOString()).toBe('2026-06-12T15:30:00.000Z'); // Monday: Friday's
  });
});

describe('planHandoff', () => {
  const base = { teamId: 't', teamName: 'Sales', label: 'Lead', arrivedAt: NIGHT, workspaceTimezone: 'Europe/London', now: NIGHT };

  it('hands a night lead to the next sales rep on shift with a note', () => {
    const plan = planHandoff({ ...base, members: [dana, ioana, luis] });
    expect(plan.to).toEqual({ membershipId: 'ioana petrescu', name: 'Ioana Petrescu' });
    expect(plan.startsAt?.toISOString()).toBe('2026-06-16T05:00:00.000Z');
    expect(plan.note).toBe('Lead arrived 02:14 while Sales was off shift; Ioana starts 08:00 Bucharest');
  });

  it('prefers a speaker of the required language, and names the day when it is not today', () => {
    const friNight = new Date('2026-06-19T23:30:00Z'); // Saturday 00:30 London
    const plan = planHandoff({ ...base, arrivedAt: friNight, now: friNight, requireLanguage: 'es', members: [dana, ioana, luis] });
    expect(plan.to?.name).toBe('Luis Ortega');
    expect(plan.note).toBe('Lead arrived 00:30 while Sales was off shift; Luis (speaks es) starts Mon 09:00 New York');
  });

  it('among people starting together, picks the one assigned longest ago', () => {
    const a = member('Ann Lee', 'Europe/London', '08:00', '16:00', { lastAssignedAt: new Date('2026-06-15T12:00:00Z') });
    const b = member('Bob Ray', 'Europe/London', '08:00', '16:00', { lastAssignedAt: new Date('2026-06-15T09:00:00Z') });
    expect(planHandoff({ ...base, members: [a, b] }).to?.name).toBe('Bob Ray');
  });

  it('says so when nobody in the team has a shift coming', () => {
    const plan = planHandoff({ ...base, members: [member('X', 'Europe/London', '08:00', '09:00', { active: false })] });
    expect(plan).toEqual({ to: null, startsAt: null, note: 'Lead arrived 02:14 while Sales was off shift; nobody in Sales has a shift in the next 8 days' });
  });

  it('labels the note from the tags', () => {
    expect(labelForTags(['ugc', 'incident'])).toBe('Incident');
    expect(labelForTags(['sales_lead'])).toBe('Lead');
    expect(labelForTags([])).toBe('Message');
  });
});
