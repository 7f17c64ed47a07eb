// Picking the assignee inside a team: shifts in each person's time zone,
// capacity, language, round robin fairness, least loaded, SEV1 on call.
import { describe, expect, it } from 'vitest';
import { pickAssignee, type Candidate, type PickInput } from '@/lib/routing/pick-assignee';

const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]) => days.map((day) => ({ day, start, end }));
const MON_10_LONDON = new Date('2026-06-15T09:00:00Z');
const MON_02_LONDON = new Date('2026-06-15T01:00:00Z');

const person = (name: string, over: Partial<Candidate> = {}): Candidate => ({
  membershipId: name.toLowerCase(),
  name,
  active: true,
  isSenior: false,
  languages: ['en'],
  capacity: 8,
  openCount: 0,
  lastAssignedAt: null,
  shifts: [{ name: 'Day', timezone: 'Europe/London', weeklyHours: weekdays('08:00', '17:00') }],
  inTeam: true,
  ...over,
});
const input = (candidates: Candidate[], over: Partial<PickInput> = {}): PickInput => ({ teamId: 't1', teamName: 'Sales', mode: 'round_robin', escalate: false, candidates, now: MON_10_LONDON, ...over });

describe('pickAssignee', () => {
  it('round robin gives it to the member assigned longest ago, and reports the load', () => {
    const team = [
      person('Dana', { lastAssignedAt: new Date('2026-06-15T08:50:00Z'), openCount: 2 }),
      person('Luis', { lastAssignedAt: new Date('2026-06-15T08:10:00Z'), openCount: 2 }),
      person('Ioana', { lastAssignedAt: new Date('2026-06-15T08:30:00Z'), openCount: 0 }),
    ];
    expect(pickAssignee(input(team))).toEqual({ assignee: { membershipId: 'luis', name: 'Luis' }, method: 'round_robin', reason: 'round robin, 3 of 8 open', language: undefined });
  });

  it('round robin is fair: each pick goes to the back of the line', () => {
    const team = [person('A'), person('B'), person('C')];
    const picks: string[] = [];
    for (let i = 0; i < 6; i++) {
      const now = new Date(MON_10_LONDON.getTime() + i * 60_000);
      const p = pickAssignee(input(team, { now })).assignee!;
      picks.push(p.name);
      const m = team.find((x) => x.membershipId === p.membershipId)!;
      m.lastAssignedAt = now;
      m.openCount++;
    }
    expect(picks).toEqual(['A', 'B', 'C', 'A', 'B', 'C']);
  });

  it('least loaded gives it to the fewest open', () => {
    const team = [person('Dana', { openCount: 5 }), person('Luis', { openCount: 1, lastAssignedAt: new Date() }), person('Ioana', { openCount: 3 })];
    expect(pickAssignee(input(team, { mode: 'least_loaded' }))).toMatchObject({ assignee: { name: 'Luis' }, method: 'least_loaded', reason: 'least loaded, 2 of 8 open' });
  });

  it('skips people at capacity, off shift in their own time zone, or inactive', () => {
    const team = [
      person('Full', { openCount: 8 }),
      person('Tokyo', { shifts: [{ timezone: 'Asia/Tokyo', weeklyHours: weekdays('10:00', '17:00') }] }), // 18:00 JST: gone home
      person('Gone', { active: false }),
      person('NewYork', { shifts: [{ timezone: 'America/New_York', weeklyHours: weekdays('09:00', '17:30') }] }), // 05:00 EDT
      person('Here', { openCount: 7, lastAssignedAt: new Date('2026-06-15T08:59:00Z') }),
    ];
    expect(pickAssignee(input(team))).toMatchObject({ assignee: { name: 'Here' }, reason: 'round robin, 8 of 8 open' });
    // Later that day Tokyo is asleep but New York has started.
    expect(pickAssignee(input(team, { now: new Date('2026-06-15T13:30:00Z') })).assignee?.name).toBe('NewYork');
  });

  it('says why nobody can take it', () => {
    expect(pickAssignee(input([]))).toMatchObject({ assignee: null, method: 'none', blocked: 'no_members', reason: 'nobody in Sales' });
    expect(pickAssignee(input([person('Dana')], { now: MON_02_LONDON }))).toMatchObject({ blocked: 'off_shift', reason: 'nobody in Sales on shift' });
    expect(pickAssignee(input([person('Dana', { openCount: 8 })]))).toMatchObject({ blocked: 'capacity', reason: 'everyone on shift in Sales is at capacity' });
    expect(pickAssignee(input([person('Dana')], { mode: 'manual' }))).toMatchObject({ blocked: 'manual', reason: 'Sales assigns by hand' });
  });

  it('needs a speaker of the required language, matching zh to zh-Hant', () => {
    const team = [person('Dana'), person('MeiLing', { languages: ['zh', 'en'], lastAssignedAt: new Date() })];
    expect(pickAssignee(input(team, { requireLanguage: 'zh' }))).toMatchObject({ assignee: { name: 'MeiLing' }, reason: 'round robin, speaks zh, 1 of 8 open' });
    expect(pickAssignee(input([person('Dana'), person('Andrei', { languages: ['ro'], shifts: [{ timezone: 'Europe/Bucharest', weeklyHours: weekdays('09:00', '10:00') }] })], { requireLanguage: 'ro' }))).toMatchObject({
      assignee: null,
      blocked: 'language',
      reason: 'no ro speaker on shift in Sales',
    });
    // Nobody in the team speaks it at all: the requirement is waived rather than leaving it forever.
    expect(pickAssignee(input([person('Dana')], { requireLanguage: 'ja' }))).toMatchObject({ assignee: { name: 'Dana' }, reason: 'round robin, nobody in Sales speaks ja, 1 of 8 open' });
  });

  describe('SEV1 escalation', () => {
    const onCall = { name: 'Incident on-call', timezone: 'Europe/Lisbon', weeklyHours: weekdays('00:00', '23:59', [0, 1, 2, 3, 4, 5, 6]), onCall: true };
    it('goes to the senior on call at once, even at capacity and from outside the team', () => {
      const team = [person('Dana'), person('Tomas', { isSenior: true, inTeam: false, openCount: 30, capacity: 15, shifts: [onCall] })];
      const pick = pickAssignee(input(team, { escalate: true, now: MON_02_LONDON }));
      expect(pick).toMatchObject({ assignee: { name: 'Tomas' }, method: 'on_call' });
      expect(pick.reason).toBe('SEV1: senior on call (Incident on-call until 23:59 Lisbon)');
    });

    it('falls back to a senior on shift, then to the team manager', () => {
      const senior = person('Priya', { isSenior: true });
      expect(pickAssignee(input([person('Dana'), senior], { escalate: true }))).toMatchObject({ assignee: { name: 'Priya' }, method: 'on_call', reason: 'SEV1: nobody on call, senior on shift' });
      const manager = { membershipId: 'marcus', name: 'Marcus' };
      expect(pickAssignee(input([person('Dana')], { escalate: true, manager, now: MON_02_LONDON }))).toMatchObject({ assignee: manager, method: 'on_call', reason: "SEV1: no senior on call or on shift, Sales's manager" });
    });

    it('prefers the on-call senior of the team over one from elsewhere', () => {
      const a = person('Outside', { isSenior: true, inTeam: false, shifts: [onCall] });
      const b = person('Inside', { isSenior: true, openCount: 4, shifts: [onCall] });
      expect(pickAssignee(input([a, b], { escalate: true })).assignee?.name).toBe('Inside');
    });
  });
});
