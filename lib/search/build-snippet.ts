// A search hit's snippet as plain-text parts ({ text, match }), never HTML:
// the UI renders matches with <mark> through React, API clients as they like,
// and no message text can inject markup. Pure functions, for tests.
import { foldWithMap, isWordChar, queryRuns, type QueryRun } from '@/lib/search/fold-text';

export type SnippetPart = { text: string; match: boolean };
type Range = { start: number; end: number };

const WIDTH = 160;
const LEAD = 40;

// Where the query's runs occur in the text (offsets into the original text).
// A word matches at the start of a word (as a prefix from 3 characters, whole
// below that, like the database); a CJK run matches anywhere.
export function findMatches(text: string, runs: QueryRun[]): Range[] {
  const f = foldWithMap(text);
  const found: Range[] = [];
  for (const run of runs) {
    const needle = run.text;
    if (!needle) continue;
    for (let at = f.text.indexOf(needle); at !== -1; at = f.text.indexOf(needle, at + needle.length)) {
      if (!run.cjk) {
        if (isWordChar(f.text[at - 1])) continue;
        if ([...needle].length < 3 && isWordChar(f.text[at + needle.length])) continue;
      }
      found.push({ start: f.start[at], end: f.end[at + needle.length - 1] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

// Keeps a cut from splitting a surrogate pair.
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at + 1 : at;
}

// Moves a cut to a nearby space so words are not chopped (CJK has none: stays).
function nearSpace(text: string, at: number, dir: 1 | -1, reach = 15): number {
  for (let k = 0; k <= reach; k++) {
    const i = at + dir * k;
    if (i <= 0 || i >= text.length) break;
    if (/\s/.test(text[i])) return dir === 1 ? i + 1 : i;
  }
  return at;
}

export function buildSnippet(text: string, query: string, width = WIDTH): SnippetPart[] {
  const matches = findMatches(text, queryRuns(query));
  let from = 0;
  if (matches.length && matches[0].start > LEAD) from = nearSpace(text, matches[0].start - LEAD, 1);
  from = safeCut(text, Math.min(from, matches[0]?.start ?? from));
  let to = Math.min(text.length, from + width);
  if (to < text.length) to = safeCut(text, Math.max(nearSpace(text, to, -1), matches[0] ? Math.min(text.length, matches[0].end) : 0));

  const parts: SnippetPart[] = [];
  const push = (s: string, match: boolean) => {
    const t = s.replace(/\s+/g, ' ');
    if (t) parts.push({ text: t, match });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (const m of matches) {
    if (m.end <= from || m.start >= to) continue;
    const s = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    push(text.slice(at, s), false);
    push(text.slice(s, e), true);
    at = e;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push('…', false);
  if (parts[0] && !parts[0].match) parts[0].text = parts[0].text.replace(/^ /, '');
  return parts;
}
