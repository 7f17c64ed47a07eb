// Pure helpers for @mentions in the note editor, in step with
// lib/notifications/parse-mentions (the server decides who is notified):
// - mentionQueryAt: the "@dan" being typed just before the caret, if any
//   ("@" at the start or after a non-word character, as the parser wants;
//   an email address is not a mention);
// - mentionHandle: what to insert for a member: their full name when no one
//   else shares it ("@Mei-Ling Chen"), else the unique email local part
//   ("@mei.ling") — both are aliases the parser resolves to that member;
// - filterMembers: members whose name or email starts with (or contains) it.
import { mentionAliases, normalizeMentionText, type MentionMember } from '@/lib/notifications/parse-mentions';

const WORD = /[\p{L}\p{N}]/u;

export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = Math.max(before.lastIndexOf('@'), before.lastIndexOf('＠'));
  if (at === -1) return null;
  if (at > 0 && WORD.test(before.charAt(at - 1))) return null;
  const query = before.slice(at + 1);
  // One space is allowed ("@Mei-Ling Ch"), a second word break or a newline ends it.
  // A trailing space ends it too (a mention just inserted is followed by one).
  if (query.length > 40 || /\s$/.test(query) || query.includes('\n') || (query.match(/\s/g) ?? []).length > 1) return null;
  return { start: at, query };
}

export function mentionHandle(member: MentionMember, members: MentionMember[]): string {
  const aliases = mentionAliases(members);
  const owns = (raw: string) => aliases.some((a) => a.alias === normalizeMentionText(raw).trim() && a.membershipId === member.membershipId);
  if (owns(member.name)) return `@${member.name}`;
  const local = member.email.split('@')[0] ?? '';
  if (owns(local)) return `@${local}`;
  // Any other alias that is theirs alone (the parser reads spaces and dots alike).
  const other = aliases.find((a) => a.membershipId === member.membershipId);
  return other ? `@${other.alias.replace(/ /g, '.')}` : `@${member.name}`;
}

export function filterMembers<M extends MentionMember>(members: M[], query: string, limit = 8): M[] {
  const q = normalizeMentionText(query).trim();
  if (!q) return members.slice(0, limit);
  const starts = (m: M) => normalizeMentionText(m.name).split(' ').some((w, i, all) => all.slice(i).join(' ').startsWith(q)) || normalizeMentionText(m.email).startsWith(q);
  const first = members.filter(starts);
  const rest = members.filter((m) => !first.includes(m) && (normalizeMentionText(m.name).includes(q) || normalizeMentionText(m.email.split('@')[0] ?? '').includes(q)));
  return [...first, ...rest].slice(0, limit);
}
