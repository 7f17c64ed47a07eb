import { describe, expect, it } from 'vitest';
import { AGING_MINUTES, computePriority, formatMinutes } from '@/lib/triage/compute-priority';

const now = new Date('2026-11-02T09:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const minutesFromNow = (m: number) => new Date(now.getTime() + m * 60_000);
const score = (input: Parameters<typeof computePriority>[0]) => computePriority(input, now).score;

describe('computePriority', () => {
  it('ranks by severity first: a fresh SEV1 beats a SEV2 that has waited and is near its SLA', () => {
    const sev1 = score({ severity: 1, waitingSince: now });
    const sev2 = score({ severity: 2, waitingSince: minutesAgo(AGING_MINUTES - 1), dueAt: minutesFromNow(1) });
    expect(sev1).toBeGreaterThan(sev2);
    expect(score({ severity: 2 })).toBeGreaterThan(score({ severity: 3 }));
    expect(score({ severity: 3 })).toBeGreaterThan(score({ severity: 4 }));
  });

  it('lifts one band for every AGING_MINUTES of waiting, at most two bands and never into SEV1', () => {
    expect(computePriority({ severity: 4, waitingSince: minutesAgo(AGING_MINUTES - 1) }, now).effectiveSeverity).toBe(4);
    expect(computePriority({ severity: 4, waitingSince: minutesAgo(AGING_MINUTES) }, now).effectiveSeverity).toBe(3);
    expect(computePriority({ severity: 4, waitingSince: minutesAgo(2 * AGING_MINUTES) }, now).effectiveSeverity).toBe(2);
    expect(computePriority({ severity: 4, waitingSince: minutesAgo(20 * AGING_MINUTES) }, now).effectiveSeverity).toBe(2);
    expect(computePriority({ severity: 2, waitingSince: minutesAgo(10 * AGING_MINUTES) }, now).effectiveSeverity).toBe(2);
    // An aged SEV4 outranks a fresh SEV3: nothing starves...
    expect(score({ severity: 4, waitingSince: minutesAgo(AGING_MINUTES + 5) })).toBeGreaterThan(score({ severity: 3, waitingSince: now }));
    // ...but a fresh SEV1 outranks anything that merely waited (the weekend backlog vs. this morning's outage).
    expect(score({ severity: 1, waitingSince: now })).toBeGreaterThan(score({ severity: 4, waitingSince: minutesAgo(52 * 60), dueAt: minutesAgo(600) }));
    const r = computePriority({ severity: 4, waitingSince: minutesAgo(AGING_MINUTES) }, now).reasons;
    expect(r).toContain('ranked as SEV3 after waiting 8 h');
  });

  it('within a severity, the nearer SLA deadline ranks higher, and a breach ranks highest', () => {
    const far = score({ severity: 3, dueAt: minutesFromNow(6 * 24 * 60) });
    const near = score({ severity: 3, dueAt: minutesFromNow(30) });
    const breached = score({ severity: 3, dueAt: minutesAgo(5) });
    const longBreached = score({ severity: 3, dueAt: minutesAgo(5000) });
    expect(near).toBeGreaterThan(far);
    expect(breached).toBeGreaterThan(near);
    expect(longBreached).toBe(breached); // urgency saturates at the breach
    expect(far).toBeGreaterThan(score({ severity: 3 })); // no deadline = a week away
    expect(computePriority({ severity: 3, dueAt: minutesAgo(90) }, now).reasons).toContain('SLA breached 1 h 30 min ago');
    expect(computePriority({ severity: 3, dueAt: minutesFromNow(45) }, now).reasons).toContain('SLA due in 45 min');
  });

  it('breaks remaining ties by minutes waited, capped so it never spills into the SLA digits', () => {
    expect(score({ severity: 3, waitingSince: minutesAgo(20) })).toBeGreaterThan(score({ severity: 3, waitingSince: minutesAgo(10) }));
    // Waiting more than 9999 min (and aging to SEV1) still leaves the score in range.
    const a = computePriority({ severity: 1, waitingSince: minutesAgo(20_000) }, now);
    expect(a.score % 10_000).toBe(9999);
  });

  it('stays inside a Postgres integer even at its maximum', () => {
    const max = score({ severity: 1, waitingSince: minutesAgo(1e7), dueAt: minutesAgo(1e7) });
    expect(max).toBe(4 * 100_000_000 + 9999 * 10_000 + 9999);
    expect(max).toBeLessThan(2 ** 31 - 1);
    expect(score({ severity: 4 })).toBeGreaterThanOrEqual(0);
  });

  it('clamps and rounds out-of-range severities', () => {
    expect(computePriority({ severity: 0 }, now).effectiveSeverity).toBe(1);
    expect(computePriority({ severity: 9 }, now).effectiveSeverity).toBe(4);
    expect(computePriority({ severity: 2.6 }, now).reasons[0]).toBe('SEV3');
  });

  it('ignores a waitingSince in the future and says nothing about waiting when nobody waits', () => {
    const p = computePriority({ severity: 2, waitingSince: minutesFromNow(30) }, now);
    expect(p.score).toBe(score({ severity: 2 }));
    expect(p.reasons).toEqual(['SEV2']);
    expect(computePriority({ severity: 2, waitingSince: null }, now).reasons).toEqual(['SEV2']);
    expect(computePriority({ severity: 2, waitingSince: minutesAgo(3) }, now).reasons).toEqual(['SEV2', 'waiting 3 min']);
  });
});

describe('formatMinutes', () => {
  it('reads like a person would say it', () => {
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(59.4)).toBe('59 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(47 * 60 + 59)).toBe('47 h 59 min');
    expect(formatMinutes(48 * 60)).toBe('2 d');
  });
});
