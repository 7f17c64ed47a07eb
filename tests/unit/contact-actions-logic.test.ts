// Pure decisions behind the agent's actions: snooze presets in the workspace's
// time zone (across DST), the custom date-time read in that zone, combining two
// contacts on merge, and the "tags over time" summary.
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime, snoozePresets, toLocalDateTimeValue } from '@/lib/conversations/snooze-presets';
import { combineContacts, type MergeableContact } from '@/lib/contacts/combine-contacts';
import { summarizeTags } from '@/lib/contacts/get-contact-history';

const preset = (now: Date, tz: string, key: string) => snoozePresets(now, tz).find((p) => p.key === key)!.until.toISOString();

describe('snooze presets', () => {
  it('in 1 hour is exactly an hour later', () => {
    const now = new Date('2026-11-22T20:15:00Z');
    expect(preset(now, 'Europe/Bucharest', 'hour')).toBe('2026-11-22T21:15:00.000Z');
  });

  it('tomorrow 9:00 is 9:00 in the workspace zone, not UTC', () => {
    // Sunday 22 Nov 2026, 20:15 UTC = 22:15 in Bucharest (UTC+2).
    const now = new Date('2026-11-22T20:15:00Z');
    expect(preset(now, 'Europe/Bucharest', 'tomorrow')).toBe('2026-11-23T07:00:00.000Z');
    expect(preset(now, 'America/New_York', 'tomorrow')).toBe('2026-11-23T14:00:00.000Z');
    // 23:30 UTC on the 22nd is already the 23rd in Bucharest: tomorrow is the 24th.
    expect(preset(new Date('2026-11-22T23:30:00Z'), 'Europe/Bucharest', 'tomorrow')).toBe('2026-11-24T07:00:00.000Z');
  });

  it('next Monday 9:00: from Sunday the next day, from Monday a week later', () => {
    expect(preset(new Date('2026-11-22T10:00:00Z'), 'UTC', 'monday')).toBe('2026-11-23T09:00:00.000Z'); // Sunday
    expect(preset(new Date('2026-11-23T06:00:00Z'), 'UTC', 'monday')).toBe('2026-11-30T09:00:00.000Z'); // Monday, before 9
    expect(preset(new Date('2026-11-25T12:00:00Z'), 'UTC', 'monday')).toBe('2026-11-30T09:00:00.000Z'); // Wednesday
  });

  it('follows daylight saving time: Monday after the spring change is 9:00 summer time', () => {
    // London moves to BST on Sunday 29 March 2026; Friday the 27th, Monday is the 30th at 08:00 UTC.
    expect(preset(new Date('2026-03-27T12:00:00Z'), 'Europe/London', 'monday')).toBe('2026-03-30T08:00:00.000Z');
    // Saturday 28 March, tomorrow (Sunday, BST already) 9:00 = 08:00 UTC.
    expect(preset(new Date('2026-03-28T12:00:00Z'), 'Europe/London', 'tomorrow')).toBe('2026-03-29T08:00:00.000Z');
  });

  it('reads a custom datetime-local value in the workspace zone and writes it back', () => {
    expect(parseLocalDateTime('2026-11-23T14:30', 'Europe/Bucharest')?.toISOString()).toBe('2026-11-23T12:30:00.000Z');
    expect(parseLocalDateTime('2026-07-01T09:00', 'America/New_York')?.toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(toLocalDateTimeValue(new Date('2026-11-23T12:30:00Z'), 'Europe/Bucharest')).toBe('2026-11-23T14:30');
    for (const bad of ['', 'tomorrow', '2026-13-01T09:00', '2026-11-23T25:00', '2026-11-23 14:30']) expect(parseLocalDateTime(bad, 'UTC')).toBeNull();
  });
});

const base: MergeableContact = {
  name: 'Ana Pop', notes: '', isVip: false, verified: false, followerCount: null, plan: null, language: null, preferredChannel: null, avatarUrl: null, lastSeenAt: null,
};

describe('combining two contacts', () => {
  it('keeps the kept contact’s facts, fills gaps from the other, ORs flags, takes the larger reach and latest sighting', () => {
    const keep = { ...base, plan: 'pro', followerCount: 120, lastSeenAt: new Date('2026-11-01T00:00:00Z') };
    const other = { ...base, name: 'ana_p', isVip: true, verified: true, plan: 'enterprise', language: 'ro', preferredChannel: 'instagram' as const, followerCount: 5400, lastSeenAt: new Date('2026-11-20T00:00:00Z') };
    expect(combineContacts(keep, other)).toMatchObject({
      isVip: true, verified: true, plan: 'pro', language: 'ro', preferredChannel: 'instagram', followerCount: 5400, lastSeenAt: new Date('2026-11-20T00:00:00Z'),
    });
  });

  it('keeps both notes, marking the other’s, and does not repeat identical notes', () => {
    expect(combineContacts({ ...base, notes: 'Prefers calls' }, { ...base, name: 'ana_p', notes: 'Ordered for a school' }).notes).toBe('Prefers calls\n\nFrom ana_p: Ordered for a school');
    expect(combineContacts({ ...base, notes: 'Same' }, { ...base, notes: 'Same' }).notes).toBe('Same');
    expect(combineContacts(base, { ...base, name: 'x', notes: 'Only there' }).notes).toBe('From x: Only there');
    expect(combineContacts(base, base)).toMatchObject({ notes: '', followerCount: null, lastSeenAt: null, isVip: false });
  });
});

describe('tags over time', () => {
  it('counts conversations per tag (not applications), with first and latest date, most used first', () => {
    const t = (key: string, conversationId: string, at: string) => ({ key, name: key, color: '#000', conversationId, appliedAt: new Date(at) });
    const out = summarizeTags([
      t('incident', 'c1', '2026-10-02T00:00:00Z'),
      t('incident', 'c1', '2026-10-03T00:00:00Z'), // same conversation again
      t('sales_lead', 'c2', '2026-11-01T00:00:00Z'),
      t('incident', 'c3', '2026-11-09T00:00:00Z'),
      t('incident', 'c4', '2026-08-01T00:00:00Z'),
    ]);
    expect(out.map((x) => [x.key, x.count])).toEqual([['incident', 3], ['sales_lead', 1]]);
    expect(out[0].first.toISOString()).toBe('2026-08-01T00:00:00.000Z');
    expect(out[0].last.toISOString()).toBe('2026-11-09T00:00:00.000Z');
    expect(summarizeTags([])).toEqual([]);
  });
});
