// Why a head fired, in the customer's words: the features pushing the head up are
// traced back to where they came from. Word, bigram and n-gram features add their
// weight to the words they were read from (CJK: to the characters); adjacent strong
// words merge into phrases; lexicon cues and context keep their English label.
// Result: the strongest phrases ("a quote", "300 seats") and cues, never a hash.
import { quoteSpan, type FoldedText } from '../classifier/fold-text';
import { STOPWORDS } from '../classifier/learn-from-examples';
import type { FeatureVector } from './extract-features';
import type { HeadKey, TriageModel } from './model-types';
import { tokenize } from './tokenize';

export type Explanation = { phrases: string[]; cues: { label: string; quote?: string; weight: number }[] };

type Unit = { start: number; end: number; score: number; cjk: boolean; stop: boolean; number: boolean };

function unitsOf(text: FoldedText): Unit[] {
  const units: Unit[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'cjk') for (let i = t.start; i < t.end; i++) units.push({ start: i, end: i + 1, score: 0, cjk: true, stop: false, number: false });
    // Function words and bare numbers never make a reason on their own ("the", "2231").
    else units.push({ start: t.start, end: t.end, score: 0, cjk: false, stop: STOPWORDS.has(t.text) || t.kind === 'number' || t.text.length < 2, number: t.kind === 'number' });
  }
  return units;
}

export function explainHead(model: TriageModel, head: HeadKey, fv: FeatureVector, text: FoldedText, max = 3): Explanation {
  const H = model.heads.length;
  const h = model.heads.indexOf(head);
  const units = unitsOf(text);
  // Which unit each character of the folded text belongs to (-1: none), for O(1) lookups.
  const unitAt = new Int32Array(text.folded.length + 1).fill(-1);
  units.forEach((u, i) => unitAt.fill(i, u.start, u.end));
  const cues = new Map<string, { label: string; quote?: string; weight: number }>();
  for (let i = 0; i < fv.idx.length; i++) {
    const c = model.weights[fv.idx[i] * H + h] * model.scale[h] * fv.val[i];
    const sources = fv.sources?.[i] ?? [];
    if (c <= 0 || !sources.length) continue;
    const share = c / sources.length;
    for (const s of sources) {
      if (s.span) {
        const first = unitAt[s.span[0]];
        const last = unitAt[s.span[1] - 1];
        if (first < 0 || last < 0) continue;
        for (let u = first; u <= last; u++) units[u].score += share / (last - first + 1);
      } else if (s.label) {
        const key = s.label + (s.quote ?? '');
        const cur = cues.get(key) ?? { label: s.label, quote: s.quote, weight: 0 };
        cur.weight += share;
        cues.set(key, cur);
      }
    }
  }
  const top = Math.max(0, ...units.filter((u) => !u.stop).map((u) => u.score));
  const phrases: { start: number; end: number; score: number }[] = [];
  if (top > 0) {
    // Strong content words; neighbours merge into one phrase, across at most one small
    // word between them ("a quote for 300 seats" stays whole, "the" alone never shows).
    let cur: { start: number; end: number; score: number; last: number; n: number } | null = null;
    units.forEach((u, i) => {
      if (u.stop || u.score < top * 0.3) return;
      const gap = cur ? i - cur.last - 1 : Infinity;
      const near = cur && gap <= 1 && u.start - units[i - 1].end <= 1 && (gap === 0 || units[i - 1].stop) && cur.n < (u.cjk ? 8 : 5);
      if (cur && near) {
        cur.end = u.end;
        cur.score += u.score + (gap ? units[i - 1].score : 0);
        cur.last = i;
        cur.n += 1 + gap;
      } else {
        if (cur) phrases.push(cur);
        // A number right before a strong word belongs to it: "300 seats", "2 weeks".
        const before = i > 0 && units[i - 1].number && u.start - units[i - 1].end <= 1 ? units[i - 1] : null;
        cur = { start: before ? before.start : u.start, end: u.end, score: u.score, last: i, n: 1 };
      }
    });
    if (cur) phrases.push(cur);
  }
  const quoted = phrases
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((p) => quoteSpan(text, p.start, p.end, 40))
    .filter((q, i, all) => q && all.indexOf(q) === i);
  return { phrases: quoted, cues: [...cues.values()].sort((a, b) => b.weight - a.weight).slice(0, max) };
}
