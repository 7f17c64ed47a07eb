// A cue is a group of phrases (regular-expression sources over folded text) that
// mean one thing, e.g. "asks for a quote". Lexicons are lists of cues; matching a
// message against a lexicon yields evidence with the customer's words quoted.
import { quoteSpan, type FoldedText } from './fold-text';
import type { Evidence } from './types';

export type Cue = {
  label: string; // English, reads after "tagged X:" ("asks for a quote")
  weight: number;
  re: RegExp;
  kind?: string; // sub-type, e.g. incident kinds (outage, breach, safety…)
  langs?: string[]; // only for these languages (words that mean something else in English)
  negatable?: boolean; // "I don't want a demo" must not count as asking for one
};

export type CueOptions = { kind?: string; langs?: string[]; negatable?: boolean };

export function cue(label: string, weight: number, patterns: string[], options: CueOptions = {}): Cue {
  return { label, weight, re: new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gu'), ...options };
}

export type Match = Evidence & { kind?: string; index: number; end: number };

const LATIN = /[a-z0-9\u00c0-\u024f]/;
// A negation shortly before the phrase, in the same clause.
const NEGATION =
  /(?:(?:^|[^a-z])(?:don'?t|do not|does not|doesn'?t|not|never|no need|nu|nao|ne|pas|kein\w*|nicht|no quiero|no necesito|nao quero)(?:[^a-z.!?\n]|[a-z])*$)|(?:不需要|不要|不用|不想|いらない|要らない)$/;

function isNegated(folded: string, index: number): boolean {
  const before = folded.slice(Math.max(0, index - 40), index);
  const clause = before.split(/[.!?\n;,]/).pop() ?? '';
  return NEGATION.test(clause) && clause.trim().split(/\s+/).length <= 8;
}

// Latin phrases must start on a word boundary; CJK phrases need not. They must end on
// one too, except that a final word of five letters or more may carry an inflection
// ("arrive" matches "arrivée", "crash" matches "crashes"): short words stay exact, so
// "down" never matches "download".
function onBoundaries(folded: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (LATIN.test(folded[start]) && start > 0 && LATIN.test(folded[start - 1])) return false;
  if (LATIN.test(folded[end - 1]) && end < folded.length && LATIN.test(folded[end])) {
    let w = end;
    while (w > start && LATIN.test(folded[w - 1])) w--;
    if (end - w < 5) return false;
    let tail = end;
    while (tail < folded.length && LATIN.test(folded[tail])) tail++;
    if (tail - end > 3) return false; // an inflection, not another word
  }
  return true;
}

// First match of one cue in the text, or null.
export type Span = [number, number];

const overlaps = (spans: Span[] | undefined, start: number, end: number) =>
  !!spans && spans.some(([s, e]) => start < e && end > s);

export function findCue(text: FoldedText, c: Cue, language?: string, exclude?: Span[]): Match | null {
  if (c.langs && language && !c.langs.includes(language)) return null;
  const { folded } = text;
  c.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.re.exec(folded)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      c.re.lastIndex++;
      continue;
    }
    if (onBoundaries(folded, start, end) && !overlaps(exclude, start, end) && !(c.negatable && isNegated(folded, start))) {
      return { label: c.label, weight: c.weight, kind: c.kind, quote: quoteSpan(text, start, end), index: start, end };
    }
    c.re.lastIndex = start + 1;
  }
  return null;
}

export function matchCues(text: FoldedText, cues: Cue[], language?: string, exclude?: Span[]): Match[] {
  const out: Match[] = [];
  for (const c of cues) {
    const m = findCue(text, c, language, exclude);
    if (m) out.push(m);
  }
  return out.sort((a, b) => b.weight - a.weight);
}

// Evidence adds up with diminishing returns: the strongest cue counts fully, the
// next half, the rest a quarter, so one message repeating itself is not "certain".
export function combineWeights(matches: { weight: number }[]): number {
  const ws = matches.map((m) => m.weight).sort((a, b) => b - a);
  return ws.reduce((sum, w, i) => sum + w * (i === 0 ? 1 : i === 1 ? 0.5 : 0.25), 0);
}

// Every span where any of the phrases occurs (to exclude look-alike phrases).
export function findSpans(text: FoldedText, re: RegExp): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text.folded)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (onBoundaries(text.folded, m.index, m.index + m[0].length)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export function phrases(patterns: string[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gu');
}
