// Finds the workspace members an internal note @mentions. Pure: text and the
// members in, membership ids out (in order of first mention, each once).
//
// A mention is "@" at the start or after a non-word character (so an email
// address is not one), followed by a member's full name ("@Mei-Ling Chen"),
// their first name when no one else shares it ("@Dana"), or the part of their
// email before the "@" ("@mei.ling"). Matching ignores case and accents
// ("@chloe" finds Chloé) and treats spaces, hyphens, dots and underscores
// alike; the longest name wins, and a name must end at a word boundary
// ("@Danamarie" is not Dana) except in scripts written without spaces
// ("@王芳你好").

export type MentionMember = { membershipId: string; name: string; email: string };

const MIN_ALIAS = 2;
const WORD = /[\p{L}\p{N}]/u;
// Han, Hiragana, Katakana, Hangul: words are not separated by spaces.
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function normalizeMentionText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0._-]+/g, ' ');
}

// Every way of writing each member's name, without the ambiguous ones.
export function mentionAliases(members: MentionMember[]): { alias: string; membershipId: string }[] {
  const owners = new Map<string, Set<string>>();
  const add = (raw: string, id: string) => {
    const alias = normalizeMentionText(raw).trim();
    if (alias.length < MIN_ALIAS) return;
    owners.set(alias, (owners.get(alias) ?? new Set()).add(id));
  };
  for (const m of members) {
    add(m.name, m.membershipId);
    add(m.name.trim().split(/\s+/)[0] ?? '', m.membershipId);
    add(m.email.split('@')[0] ?? '', m.membershipId);
  }
  return [...owners]
    .filter(([, ids]) => ids.size === 1)
    .map(([alias, ids]) => ({ alias, membershipId: [...ids][0] }))
    .sort((a, b) => b.alias.length - a.alias.length);
}

function endsWell(rest: string, alias: string): boolean {
  const next = rest.charAt(alias.length);
  if (!next || !WORD.test(next)) return true;
  return NO_SPACES.test(next) || NO_SPACES.test(alias.charAt(alias.length - 1));
}

export function parseMentions(text: string, members: MentionMember[]): string[] {
  const t = normalizeMentionText(text);
  if (!t.includes('@')) return [];
  const aliases = mentionAliases(members);
  const found: string[] = [];
  for (let i = t.indexOf('@'); i !== -1; i = t.indexOf('@', i + 1)) {
    if (i > 0 && WORD.test(t.charAt(i - 1))) continue;
    const rest = t.slice(i + 1);
    const hit = aliases.find((a) => rest.startsWith(a.alias) && endsWell(rest, a.alias));
    if (hit && !found.includes(hit.membershipId)) found.push(hit.membershipId);
  }
  return found;
}
