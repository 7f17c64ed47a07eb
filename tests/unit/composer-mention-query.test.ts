import { describe, expect, it } from 'vitest';
import { filterMembers, mentionHandle, mentionQueryAt } from '@/components/composer/mention-query';
import { parseMentions } from '@/lib/notifications/parse-mentions';

const members = [
  { membershipId: 'dana', name: 'Dana Kim', email: 'dana@northwind.test' },
  { membershipId: 'mei', name: 'Mei-Ling Chen', email: 'mei.ling@northwind.test' },
  { membershipId: 'sam1', name: 'Sam Lee', email: 'samuel@northwind.test' },
  { membershipId: 'sam2', name: 'Sam Lee', email: 'slee@northwind.test' },
];

describe('mentionQueryAt', () => {
  it('finds the @query before the caret, at the start or after a non-word character', () => {
    expect(mentionQueryAt('@da', 3)).toEqual({ start: 0, query: 'da' });
    expect(mentionQueryAt('ping @Mei-Ling Ch', 17)).toEqual({ start: 5, query: 'Mei-Ling Ch' });
    expect(mentionQueryAt('(@', 2)).toEqual({ start: 1, query: '' });
  });

  it('is not a mention inside an email address, after a second word, a trailing space or a newline', () => {
    expect(mentionQueryAt('write to dana@northwind', 23)).toBeNull();
    expect(mentionQueryAt('@Dana Kim is', 12)).toBeNull();
    expect(mentionQueryAt('@Dana ', 6)).toBeNull();
    expect(mentionQueryAt('@Dana\nnext', 10)).toBeNull();
    expect(mentionQueryAt('no mention', 10)).toBeNull();
  });
});

describe('mentionHandle', () => {
  it('inserts what the server’s parser resolves to that member', () => {
    for (const m of members) {
      const handle = mentionHandle(m, members);
      expect(parseMentions(`${handle} please look`, members), handle).toEqual([m.membershipId]);
    }
    expect(mentionHandle(members[1], members)).toBe('@Mei-Ling Chen');
    // Two Sam Lees: the email's local part tells them apart.
    expect(mentionHandle(members[2], members)).toBe('@samuel');
    expect(mentionHandle(members[3], members)).toBe('@slee');
  });
});

describe('filterMembers', () => {
  it('puts prefix matches (any name word, or the email) first, ignoring case and accents', () => {
    expect(filterMembers(members, 'da').map((m) => m.membershipId)).toEqual(['dana']);
    expect(filterMembers(members, 'chen').map((m) => m.membershipId)).toEqual(['mei']);
    expect(filterMembers(members, 'mei ling').map((m) => m.membershipId)).toEqual(['mei']);
    expect(filterMembers(members, '').length).toBe(4);
    expect(filterMembers(members, 'zzz')).toEqual([]);
  });
});
