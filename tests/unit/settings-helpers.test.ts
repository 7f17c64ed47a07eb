// Pure pieces of the settings, playbook and handoff pages: rule ordering,
// audit summaries, weekly hours and rules in words, next steps as a list,
// availability labels, and the input rules the API and the forms share.
import { describe, expect, it } from 'vitest';
import { moveInOrder, positionUpdates } from '@/lib/settings/move-in-order';
import { describeChanges } from '@/lib/settings/describe-changes';
import { summarizeHours } from '@/lib/settings/summarize-hours';
import { describeRoutingRule } from '@/lib/settings/describe-routing-rule';
import { describeTagRule } from '@/lib/settings/describe-tag-rule';
import { splitSteps } from '@/lib/playbook/split-steps';
import { describeAvailability, describeTeamAvailability } from '@/lib/handoffs/describe-availability';
import { createTagRuleInput, tagRuleProblems } from '@/lib/settings/tag-input';
import { createSlaPolicyInput, slaPolicyProblems } from '@/lib/settings/sla-policy-input';
import { createRoutingRuleInput } from '@/lib/settings/routing-rule-input';
import { createShiftInput } from '@/lib/settings/shift-input';
import { updateTeamInput } from '@/lib/settings/team-input';

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

describe('moving rules', () => {
  it('moves one id to an index and lists only the rows whose position changes', () => {
    expect(moveInOrder(['a', 'b', 'c', 'd'], 'd', 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(moveInOrder(['a', 'b', 'c'], 'c', -3)).toEqual(['c', 'a', 'b']);
    const rows = [
      { id: 'a', position: 0 },
      { id: 'b', position: 1 },
      { id: 'c', position: 5 },
    ];
    expect(positionUpdates(rows, ['a', 'c', 'b'])).toEqual([
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
  });
});

describe('audit summaries', () => {
  it('keeps only changed fields, comparing JSON values', () => {
    expect(
      describeChanges({ name: 'A', hours: [{ day: 1 }], on: true, x: null }, { name: 'A', hours: [{ day: 2 }], on: true, x: undefined }, ['name', 'hours', 'on', 'x']),
    ).toEqual({ hours: { from: [{ day: 1 }], to: [{ day: 2 }] } });
  });
});

describe('in words', () => {
  it('groups consecutive days with the same hours, Monday first', () => {
    expect(summarizeHours([1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })))).toBe('Mon–Fri 09:00–17:00');
    expect(summarizeHours([{ day: 0, start: '22:00', end: '06:00' }, { day: 4, start: '22:00', end: '06:00' }, { day: 5, start: '22:00', end: '06:00' }, { day: 6, start: '22:00', end: '06:00' }])).toBe(
      'Thu–Sun 22:00–06:00',
    );
    expect(summarizeHours([{ day: 2, start: '10:00', end: '18:30' }, { day: 6, start: '10:00', end: '15:00' }, { day: 3, start: '10:00', end: '18:30' }])).toBe('Tue, Wed 10:00–18:30 · Sat 10:00–15:00');
    expect(summarizeHours([0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '23:59' })))).toBe('Every day 00:00–23:59');
  });

  it('describes routing and tag rules with the workspace’s names', () => {
    const names = { tags: new Map([['sales_lead', 'Sales lead']]), teams: new Map([['sales', 'Sales']]), members: new Map([['m1', 'Dana Kim']]) };
    expect(describeRoutingRule({ tags: ['sales_lead'], providers: ['whatsapp'], severityAtMost: 2 }, { teamKey: 'sales', requireLanguage: 'es' }, names)).toEqual({
      when: ['tagged Sales lead', 'on WhatsApp', 'SEV1–SEV2'],
      then: ['route to Sales', 'needs a es speaker'],
    });
    expect(describeRoutingRule({}, { assigneeId: 'gone', teamKey: 'nope', escalateToOnCall: true }, names)).toEqual({
      when: ['every conversation'],
      then: ['route to unknown team "nope"', 'assign to a removed member', 'page the senior on call'],
    });
    expect(describeTagRule({ keywords: ['refund', 'money back'], pattern: null, provider: 'instagram', minFollowers: 10000, vipOnly: true })).toEqual({
      matches: 'any of “refund”, “money back”',
      conditions: ['on Instagram', 'author has ≥ 10,000 followers', 'VIP contacts only'],
    });
  });

  it('splits numbered next steps into a list, and plain text into lines', () => {
    expect(splitSteps('1. Reply within the SLA. 2. Ask for quantity (over 50 units: Dana). 3. Overnight: hand off.')).toEqual([
      'Reply within the SLA.',
      'Ask for quantity (over 50 units: Dana).',
      'Overnight: hand off.',
    ]);
    expect(splitSteps('- Thank them\n- Save the media')).toEqual(['Thank them', 'Save the media']);
    expect(splitSteps('  ')).toEqual([]);
  });
});

describe('availability', () => {
  const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));
  const dana = [{ name: 'Sales mornings', timezone: 'Europe/London', weeklyHours: weekdays('08:00', '16:30'), teamId: null }];
  const sam = [{ name: 'Overnight', timezone: 'Europe/London', weeklyHours: [0, 4, 5, 6].map((day) => ({ day, start: '22:00', end: '06:00' })), teamId: null }];
  const TUE_0214 = new Date('2026-06-16T01:14:00Z'); // 02:14 London (BST)

  it('says who is on now, until when, or when they are back', () => {
    expect(describeAvailability(dana, null, TUE_0214, 'Europe/London')).toEqual({ on: false, label: 'Off shift · back 08:00', nextStart: new Date('2026-06-16T07:00:00Z') });
    expect(describeAvailability(dana, null, new Date('2026-06-16T09:00:00Z'), 'Europe/London')).toMatchObject({ on: true, label: 'On shift until 16:30' });
    expect(describeAvailability([], null, TUE_0214, 'Europe/London')).toMatchObject({ on: true, label: 'No shifts set: always available' });
    expect(describeTeamAvailability([{ name: 'Dana Kim', shifts: dana }, { name: 'Sam Okafor', shifts: sam }], 't', TUE_0214, 'Europe/London')).toEqual({
      on: false,
      label: 'Nobody on shift · Dana Kim starts 08:00 (London time)',
    });
    expect(describeTeamAvailability([{ name: 'Dana Kim', shifts: dana }, { name: 'Sam Okafor', shifts: sam }], 't', new Date('2026-06-19T23:00:00Z'), 'Europe/London')).toEqual({
      on: true,
      label: 'On shift now: Sam Okafor',
    });
  });
});

describe('shared input rules', () => {
  it('refuses what the API and the forms refuse, with field paths', () => {
    expect(paths(createShiftInput.safeParse({ membershipId: 'm', timezone: 'Europe/London', weeklyHours: [{ day: 1, start: '09:00', end: '25:00' }] }))).toEqual(['weeklyHours.0.end']);
    expect(paths(createShiftInput.safeParse({ membershipId: 'm', timezone: 'Moon/Base', weeklyHours: [{ day: 1, start: '09:00', end: '17:00' }] }))).toEqual(['timezone']);
    expect(paths(createRoutingRuleInput.safeParse({ name: 'x', conditions: { severityAtMost: 7 }, action: { teamKey: 'sales' } }))).toEqual(['conditions.severityAtMost']);
    expect(paths(createRoutingRuleInput.safeParse({ name: 'x', action: {} }))).toEqual(['action']);
    expect(paths(createSlaPolicyInput.safeParse({ name: 'x', severity: 7, firstResponseMinutes: 10 }))).toEqual(['severity']);
    expect(paths(updateTeamInput.safeParse({ id: 't', settings: { autoAck: { enabled: true } } }))).toEqual(['settings.autoAck.message']);
    expect(slaPolicyProblems({ firstResponseMinutes: 60, resolutionMinutes: 30, businessHoursOnly: true, businessHours: null }).map((p) => p.path)).toEqual(['businessHours.days', 'resolutionMinutes']);
    expect(tagRuleProblems({ keywords: [], pattern: null })).toEqual([{ path: 'keywords', message: 'Add at least one keyword or a pattern' }]);
  });

  it('refuses tag rule patterns that do not compile or can backtrack badly', () => {
    const rule = (pattern: string) => createTagRuleInput.safeParse({ tag: 'sales_lead', name: 'x', pattern });
    expect(rule('\\bquote\\b').success).toBe(true);
    expect(rule('order #?\\d{6}').success).toBe(true);
    expect(rule('(quote|offer)s?').success).toBe(true);
    expect(paths(rule('(unclosed'))).toEqual(['pattern']);
    expect(paths(rule('(a+)+$'))).toEqual(['pattern']);
    expect(paths(rule('(\\w*)*x'))).toEqual(['pattern']);
    expect(paths(rule('(a|b+){2,}'))).toEqual(['pattern']);
  });
});
