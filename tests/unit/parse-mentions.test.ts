import { describe, expect, it } from 'vitest';
import { mentionAliases, normalizeMentionText, parseMentions, type MentionMember } from '@/lib/notifications/parse-mentions';

const members: MentionMember[] = [
  { membershipId: 'mei', name: 'Mei-Ling Chen', email: 'meiling@northwind.test' },
  { membershipId: 'dana', name: 'Dana Kim', email: 'dana@northwind.test' },
  { membershipId: 'chloe', name: 'Chloé Laurent', email: 'chloe.laurent@northwind.test' },
  { membershipId: 'andrei', name: 'Andrei Popescu', email: 'andrei@northwind.test' },
  { membershipId: 'andreas', name: 'Andreas Berg', email: 'aberg@northwind.test' },
  { membershipId: 'wang', name: '王芳', email: 'wang.fang@northwind.test' },
  { membershipId: 'sam1', name: 'Sam Hill', email: 'sam.hill@northwind.test' },
  { membershipId: 'sam2', name: 'Sam Ortiz', email: 'sortiz@northwind.test' },
];

describe('parseMentions', () => {
  it('finds a multi-word hyphenated full name', () => {
    expect(parseMentions('Can @Mei-Ling Chen check the refund?', members)).toEqual(['mei']);
  });

  it('finds a first name, an email prefix, and ignores case and accents', () => {
    expect(parseMentions('@dana and @CHLOE please look; cc @meiling', members)).toEqual(['dana', 'chloe', 'mei']);
    expect(parseMentions('@chloe.laurent fyi', members)).toEqual(['chloe']);
  });

  it('treats spaces, hyphens and dots alike', () => {
    expect(parseMentions('@mei ling chen', members)).toEqual(['mei']);
    expect(parseMentions('@Mei-Ling: over to you', members)).toEqual(['mei']);
  });

  it('prefers the longest name and needs a word boundary after it', () => {
    expect(parseMentions('@Andreas can you?', members)).toEqual(['andreas']);
    expect(parseMentions('@Andrei can you?', members)).toEqual(['andrei']);
    expect(parseMentions('@Danamarie is not here', members)).toEqual([]);
  });

  it('does not read an email address or a bare @ as a mention', () => {
    expect(parseMentions('write to dana@northwind.test or @ someone', members)).toEqual([]);
  });

  it('skips a first name two members share, but their full names work', () => {
    expect(parseMentions('@Sam look', members)).toEqual([]);
    expect(parseMentions('@Sam Ortiz look', members)).toEqual(['sam2']);
  });

  it('matches names in scripts written without spaces, and full-width @', () => {
    expect(parseMentions('@王芳你好，请看一下', members)).toEqual(['wang']);
    expect(parseMentions('＠王芳 请看', members)).toEqual(['wang']);
  });

  it('lists each member once, in order of first mention', () => {
    expect(parseMentions('@Dana @Mei-Ling @dana again', members)).toEqual(['dana', 'mei']);
  });

  it('has no aliases shorter than two characters and normalises whitespace', () => {
    expect(mentionAliases([{ membershipId: 'x', name: 'X', email: 'x@e.test' }])).toEqual([]);
    expect(normalizeMentionText('  Zoë\u00a0 Ünal ')).toBe(' zoe unal ');
  });
});
