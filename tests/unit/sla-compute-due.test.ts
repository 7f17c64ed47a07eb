// Policy choice and due-time computation.
import { describe, expect, it } from 'vitest';
import { pickSlaPolicy, type SlaPolicyLike } from '@/lib/sla/pick-sla-policy';
import { computeSlaDue } from '@/lib/sla/compute-sla-due';
import { digestText } from '@/lib/sla/notify-sla';
import { effectiveAutoAck, renderTemplate } from '@/lib/sla/auto-ack-settings';

const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '18:00' }));
const hours = { timezone: 'Europe/London', days: weekdays };
let n = 0;
const policy = (p: Partial<SlaPolicyLike>): SlaPolicyLike => ({
  id: `p${++n}`,
  name: `P${n}`,
  severity: null,
  provider: null,
  firstResponseMinutes: 60,
  nextResponseMinutes: 120,
  resolutionMinutes: 24 * 60,
  businessHoursOnly: false,
  businessHours: {},
  enabled: true,
  ...p,
});

describe('pickSlaPolicy', () => {
  const fallback = policy({ name: 'Default' });
  const sev3 = policy({ name: 'SEV3', severity: 3 });
  const chat = policy({ name: 'Chat', provider: 'chat' });
  const sev3chat = policy({ name: 'SEV3 chat', severity: 3, provider: 'chat' });
  const disabled = policy({ name: 'Off', severity: 3, provider: 'chat', enabled: false });
  const all = [fallback, disabled, chat, sev3, sev3chat];

  it('takes the most specific enabled policy', () => {
    expect(pickSlaPolicy(all, { severity: 3, provider: 'chat' })).toEqual({ policy: sev3chat, reason: 'SEV3 chat (SEV3 on chat)' });
    expect(pickSlaPolicy(all, { severity: 3, provider: 'email' })?.policy).toBe(sev3);
    expect(pickSlaPolicy(all, { severity: 2, provider: 'chat' })?.policy).toBe(chat);
    expect(pickSlaPolicy(all, { severity: 2, provider: 'email' })).toEqual({ policy: fallback, reason: 'Default (default)' });
    expect(pickSlaPolicy([sev3], { severity: 1, provider: 'x' })).toBeNull();
  });
});

describe('computeSlaDue', () => {
  const opened = new Date('2026-06-15T08:00:00Z'); // Monday 09:00 BST

  it('sets first response and resolution from when it opened, with a warning before each', () => {
    const due = computeSlaDue(policy({ firstResponseMinutes: 60, resolutionMinutes: 240 }), { status: 'open', createdAt: opened, firstResponseAt: null, waitingSince: opened });
    expect(due.firstResponseDueAt?.toISOString()).toBe('2026-06-15T09:00:00.000Z');
    expect(due.nextResponseDueAt).toBeNull();
    expect(due.resolutionDueAt?.toISOString()).toBe('2026-06-15T12:00:00.000Z');
    const first = due.targets.find((t) => t.target === 'first_response')!;
    expect(first.warnAt.toISOString()).toBe('2026-06-15T08:48:00.000Z'); // 12 min before (a fifth of 60)
    expect(first.pending).toBe(true);
    const resolution = due.targets.find((t) => t.target === 'resolution')!;
    expect(resolution.warnAt.toISOString()).toBe('2026-06-15T11:45:00.000Z'); // 15 min before
  });

  it('warns 3 minutes before a 15-minute SEV1 target', () => {
    const due = computeSlaDue(policy({ firstResponseMinutes: 15 }), { status: 'open', createdAt: opened, firstResponseAt: null, waitingSince: opened });
    expect(due.targets[0].warnAt.toISOString()).toBe('2026-06-15T08:12:00.000Z');
  });

  it('starts next response when the customer wrote again after our answer', () => {
    const facts = { status: 'open' as const, createdAt: opened, firstResponseAt: new Date('2026-06-15T08:20:00Z'), waitingSince: new Date('2026-06-15T10:00:00Z') };
    const due = computeSlaDue(policy({ nextResponseMinutes: 30 }), facts);
    expect(due.nextResponseDueAt?.toISOString()).toBe('2026-06-15T10:30:00.000Z');
    expect(due.targets.find((t) => t.target === 'first_response')!.pending).toBe(false);
    expect(computeSlaDue(policy({}), { ...facts, waitingSince: null }).nextResponseDueAt).toBeNull();
  });

  it('counts business hours in the policy time zone: a Saturday message is due Monday', () => {
    const saturday = new Date('2026-06-13T10:00:00Z');
    const due = computeSlaDue(policy({ firstResponseMinutes: 240, businessHoursOnly: true, businessHours: hours }), { status: 'open', createdAt: saturday, firstResponseAt: null, waitingSince: saturday });
    expect(due.firstResponseDueAt?.toISOString()).toBe('2026-06-15T11:00:00.000Z'); // Monday 12:00 BST
    expect(due.targets[0].warnAt.toISOString()).toBe('2026-06-15T10:45:00.000Z');
    expect(due.businessHours).not.toBeNull();
  });

  it('falls back to calendar time when the business hours are malformed', () => {
    const due = computeSlaDue(policy({ firstResponseMinutes: 60, businessHoursOnly: true, businessHours: { timezone: 'Nowhere/City', days: weekdays } }), { status: 'open', createdAt: opened, firstResponseAt: null, waitingSince: opened });
    expect(due.firstResponseDueAt?.toISOString()).toBe('2026-06-15T09:00:00.000Z');
    expect(due.businessHours).toBeNull();
  });

  it('restarts resolution from a reopen, and stops everything once resolved', () => {
    const reopenedAt = new Date('2026-06-20T08:00:00Z');
    const due = computeSlaDue(policy({ resolutionMinutes: 60 }), { status: 'open', createdAt: opened, reopenedAt, firstResponseAt: opened, waitingSince: reopenedAt });
    expect(due.resolutionDueAt?.toISOString()).toBe('2026-06-20T09:00:00.000Z');
    const resolved = computeSlaDue(policy({}), { status: 'resolved', createdAt: opened, firstResponseAt: null, waitingSince: null });
    expect(resolved.targets.every((t) => !t.pending)).toBe(true);
  });
});

describe('alert digests and templates', () => {
  it('collapses alerts into one line per conversation', () => {
    const items = [1, 2, 3, 4, 5].map((i) => ({ conversationId: `c${i}`, target: 'first_response' as const, label: `Customer ${i}: help`, dueAt: 'x' }));
    const text = digestText('sla_breach', items);
    expect(text.title).toBe('5 conversations breached their first response');
    expect(text.body.split('\n')).toHaveLength(5);
    expect(digestText('sla_warning', [items[0], { ...items[1], target: 'resolution' }]).title).toBe('2 conversations are close to their SLA deadlines');
  });

  it('merges channel and team auto-ack settings and fills templates', () => {
    const cfg = effectiveAutoAck({ autoAck: { enabled: true, message: 'Hi {{contact.firstName}}!' } }, { autoAck: { outOfHoursMessage: 'Back {{team.nextShiftStart}}' } });
    expect(cfg).toEqual({ enabled: true, message: 'Hi {{contact.firstName}}!', outOfHoursMessage: 'Back {{team.nextShiftStart}}' });
    expect(effectiveAutoAck({ autoAck: { enabled: 'yes' } }, undefined).enabled).toBe(false); // malformed → off
    expect(renderTemplate('Hi {{ contact.firstName }}, {{unknown}} we are back {{team.nextShiftStart}}.', { 'contact.firstName': 'Ana', 'team.nextShiftStart': '08:00' })).toBe('Hi Ana, we are back 08:00.');
  });
});
