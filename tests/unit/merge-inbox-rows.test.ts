// How the live list folds fresh rows into the loaded prefix of a view, and the
// SLA countdown a row shows.
import { describe, expect, it } from 'vitest';
import { applyFirstPage, applyRowUpdates, compareRows } from '@/lib/ui/merge-inbox-rows';
import { formatSlaLeft, nextSlaDue } from '@/lib/conversations/next-sla-due';

const row = (id: string, priority: number, minutesAgo = 0) => ({ id, priority, lastMessageAt: new Date(Date.UTC(2026, 10, 22, 12, 0) - minutesAgo * 60_000).toISOString() });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('applyRowUpdates', () => {
  const loaded = [row('a', 90), row('b', 80), row('c', 70)];

  it('puts a new row at its priority place, updates one in place and drops the ones that left the view', () => {
    expect(ids(applyRowUpdates(loaded, ['n'], [row('n', 85)], 'priority', false))).toEqual(['a', 'n', 'b', 'c']);
    expect(ids(applyRowUpdates(loaded, ['c'], [row('c', 95)], 'priority', false))).toEqual(['c', 'a', 'b']);
    expect(ids(applyRowUpdates(loaded, ['b'], [], 'priority', false))).toEqual(['a', 'c']);
  });

  it('leaves a row that sorts past the loaded prefix to the next page, unless the whole view is loaded', () => {
    expect(ids(applyRowUpdates(loaded, ['z'], [row('z', 10)], 'priority', false))).toEqual(['a', 'b', 'c']);
    expect(ids(applyRowUpdates(loaded, ['z'], [row('z', 10)], 'priority', true))).toEqual(['a', 'b', 'c', 'z']);
  });

  it('sorts newest and oldest by the last message, ties by id', () => {
    const rows = [row('x', 1, 5), row('y', 1, 10)];
    expect(ids(applyRowUpdates(rows, ['n'], [row('n', 0, 1)], 'newest', false))).toEqual(['n', 'x', 'y']);
    expect(ids([...rows, row('n', 0, 1)].sort(compareRows('oldest')))).toEqual(['y', 'x', 'n']);
  });
});

describe('applyFirstPage', () => {
  it('replaces the first page, drops rows within its range that are gone, keeps later pages', () => {
    const loaded = [row('a', 90), row('b', 80), row('c', 70), row('d', 20)];
    expect(ids(applyFirstPage(loaded, [row('a', 90), row('c', 72), row('e', 60)], 'priority', false))).toEqual(['a', 'c', 'e', 'd']);
    // A complete first page is the whole view.
    expect(ids(applyFirstPage(loaded, [row('c', 70)], 'priority', true))).toEqual(['c']);
  });
});

describe('SLA countdown', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it('is the earliest pending target of an open conversation', () => {
    const c = { status: 'open', firstResponseDueAt: '2026-11-22T13:00:00Z', nextResponseDueAt: null, resolutionDueAt: new Date('2026-11-22T12:12:00Z') };
    expect(nextSlaDue(c)?.toISOString()).toBe('2026-11-22T12:12:00.000Z');
    expect(nextSlaDue({ ...c, status: 'snoozed' })).toBeNull();
    expect(nextSlaDue({ status: 'open', firstResponseDueAt: null, nextResponseDueAt: null, resolutionDueAt: null })).toBeNull();
  });
  it('reads "12m", "3h", "2d" and says when it is over', () => {
    expect(formatSlaLeft(new Date('2026-11-22T12:12:00Z'), now)).toEqual({ label: '12m', breached: false });
    expect(formatSlaLeft(new Date('2026-11-22T15:00:00Z'), now)).toEqual({ label: '3h', breached: false });
    expect(formatSlaLeft(new Date('2026-11-24T12:00:00Z'), now)).toEqual({ label: '2d', breached: false });
    expect(formatSlaLeft(new Date('2026-11-22T11:55:00Z'), now)).toEqual({ label: '5m over', breached: true });
  });
});
