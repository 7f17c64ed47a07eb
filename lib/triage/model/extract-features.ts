// Turns a message into the sparse, hashed feature vector the model reads:
//   text:    word unigrams and bigrams (folded, accent-free, lightly stemmed), character
//            3-5-grams inside words (typos, inflections, compounds), CJK character 1-3-grams;
//   lexicon: every cue the hand-written lexicons matched, and each tag's lexicon score,
//            so the lexicons are evidence the model weighs, not the only evidence;
//   context: media, files, channel, followers, verified, stars, tone, crowd, noise, deal size.
// Each text group is scaled to unit length so long messages do not outvote short ones.
// With `explain`, every feature keeps where it came from (a span of the text or a lexicon
// cue) so a reason can quote the customer's words instead of a hash.
import type { Signals } from '../classifier/read-signals';
import type { DefaultTagScores } from '../classifier/score-default-tags';
import { DEFAULT_TAG_KEYS, type AuthorLike } from '../classifier/types';
import { dealSize } from '../classifier/extract-quantities';
import { FIRST_PERSON_SINGULAR } from '../classifier/lexicon-technical';
import { BUCKETS, hashFeature, hashSlice } from './hash-feature';
import { tokenize, type Token } from './tokenize';

export type FeatureSource = { span?: [number, number]; label?: string; quote?: string };
export type FeatureVector = { idx: Int32Array; val: Float32Array; sources?: FeatureSource[][] };

type Acc = { buckets: number; explain: boolean; map: Map<number, { v: number; src: FeatureSource[] }> };

function addHashed(acc: Acc, b: number, v: number, src?: FeatureSource) {
  const cur = acc.map.get(b);
  if (cur) {
    cur.v += v;
    if (acc.explain && src) cur.src.push(src);
  } else acc.map.set(b, { v, src: acc.explain && src ? [src] : [] });
}

function add(acc: Acc, name: string, v: number, src?: FeatureSource) {
  addHashed(acc, hashFeature(name, acc.buckets), v, src);
}

// A group of features (e.g. all character n-grams), binary, scaled to unit L2 length.
class Group {
  readonly seen = new Map<number, [number, number] | undefined>();
  constructor(private acc: Acc) {}
  put(b: number, span: [number, number]) {
    if (!this.seen.has(b)) this.seen.set(b, this.acc.explain ? span : undefined);
  }
  name(name: string, span: [number, number]) {
    this.put(hashFeature(name, this.acc.buckets), span);
  }
  slice(prefix: string, s: string, start: number, end: number, span: [number, number]) {
    this.put(hashSlice(prefix, s, start, end, this.acc.buckets), span);
  }
  flush(weight: number) {
    if (!this.seen.size) return;
    const v = weight / Math.sqrt(this.seen.size);
    for (const [b, span] of this.seen) addHashed(this.acc, b, v, span ? { span } : undefined);
  }
}

const NEGATORS = new Set(['not', 'no', "don't", 'dont', "doesn't", "didn't", "can't", 'cant', "won't", 'never', 'nu', 'nao', 'ne', 'pas', 'nicht', 'kein', 'keine', 'nada', 'nunca', 'sin', 'sem', 'fara', 'jamais']);

function textFeatures(acc: Acc, tokens: Token[]) {
  const words = new Group(acc);
  const chars = new Group(acc);
  const cjk = new Group(acc);
  let prev: Token | null = null;
  let negate = 0;
  for (const t of tokens) {
    const span: [number, number] = [t.start, t.end];
    if (t.kind === 'cjk') {
      const s = t.text;
      for (let i = 0; i < s.length; i++) {
        for (let n = 1; n <= 3 && i + n <= s.length; n++) cjk.slice(`k${n}:`, s, i, i + n, [t.start + i, t.start + i + n]);
      }
      prev = null;
      continue;
    }
    words.name(`w:${t.stem}`, span);
    if (negate > 0 && t.kind === 'word') words.name(`n:${t.stem}`, span);
    negate = NEGATORS.has(t.text) ? 3 : negate - 1;
    if (prev && t.start - prev.end <= 2) words.name(`b:${prev.stem}_${t.stem}`, [prev.start, t.end]);
    if (t.kind === 'word') {
      if (t.text.includes("'")) for (const part of t.text.split("'")) if (part.length >= 3) words.name(`w:${part}`, span);
      const padded = ` ${t.stem} `;
      for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) chars.slice('c:', padded, i, i + n, span);
    }
    prev = t;
  }
  words.flush(1);
  chars.flush(1);
  cjk.flush(1);
}

const bucketOf = (x: number, edges: number[]) => edges.findIndex((e) => x < e) === -1 ? edges.length : edges.findIndex((e) => x < e);

function lexiconFeatures(acc: Acc, scores: DefaultTagScores, s: Signals) {
  for (const key of DEFAULT_TAG_KEYS) {
    const t = scores[key];
    // A photo of a problem is evidence, not marketing: media only means UGC without one.
    if (s.media && t.score >= 1) add(acc, `MEDIA&LON:${key}`, 1, { label: 'a photo or video with it' });
    for (const e of t.evidence) add(acc, `L:${key}:${e.label}`, 1, { label: e.label, quote: e.quote });
    const top = t.evidence[0];
    const src = top ? { label: top.label, quote: top.quote } : undefined;
    if (t.score > 0) add(acc, `LB:${key}:${bucketOf(t.score, [0.5, 1, 1.5, 2.5])}`, 1, src);
    if (t.score >= 1) add(acc, `LON:${key}`, 1, src);
  }
}

// Where a message came from is a weak prior (a corpus's mix of channels is an accident of
// how it was collected), so those features carry a smaller value: more regularised.
const WEAK = 0.3;

function contextFeatures(acc: Acc, s: Signals, author: AuthorLike, hasSubject: boolean) {
  const c = (name: string, label: string, v = 1) => add(acc, name, v, { label });
  const followers = author.followers ?? -1;
  const fb = followers < 0 ? 'none' : ['<1k', '<10k', '<50k', '50k+'][bucketOf(followers, [1000, 10_000, 50_000])];
  c(`CH:${s.channel}`, `sent on ${s.channel}`, WEAK);
  c(`FOL:${fb}`, `author has ${fb} followers`, WEAK);
  if (author.verified) c('VER', 'verified account', WEAK);
  if (hasSubject) c('SUBJ', 'has a subject line', WEAK);
  const media = Math.min(s.media, 2);
  c(`MEDIA:${media}`, media ? 'a photo or video attached' : 'no photo or video');
  if (media) c(`MEDIA&CH:${s.channel}`, `a photo or video on ${s.channel}`);
  if (s.mediaMentioned) c('MM', 'mentions a photo or video');
  if (s.files) c('FILES', 'a document attached');
  if (s.stars !== null) c(`STARS:${s.stars}`, `${s.stars}-star rating`);
  if (s.praise.length) c(s.media ? 'PRAISE&MEDIA' : 'PRAISE', 'praise', 1);
  if (s.anger.length) c('ANGER', 'angry tone');
  c(`ANG:${Math.min(s.angerLevel, 3)}`, 'angry tone');
  if (s.angerLevel >= 2 && followers > 50_000) c('ANGRY&50K', 'an angry post from an account with over 50k followers');
  if (s.sarcastic) c('SARC', 'sarcasm');
  if (s.crowd.length) add(acc, 'CROWD', 1, { label: s.crowd[0].label, quote: s.crowd[0].quote });
  // The README's outage tie-break, as features: many affected, and the writer's own failure.
  const own = FIRST_PERSON_SINGULAR.test(s.text.folded);
  if (own) c('FPS', 'writes about their own case', WEAK);
  if (own && s.crowd.length) c('CROWD&FPS', 'many affected, the writer included');
  if (s.noise) c(`NOISE:${s.noise}`, s.noise.replace('_', ' '));
  if (s.question) c('Q', 'asks a question');
  if (s.serviceQuestion) c('SQ', 'a service question');
  if (s.brandMention) c('BM', 'tags the brand');
  c(`WORDS:${bucketOf(s.words, [4, 9, 20, 45])}`, 'message length', WEAK);
  const deal = dealSize(s.quantities);
  if (deal) add(acc, `DEAL:${deal.seatLike ? 'seat' : 'other'}:${bucketOf(deal.count, [20, 100, 500])}`, 1, { label: 'a deal size', quote: deal.text });
  if (/https?:\/\/|www\.|\.(top|xyz|click|shop)\b/.test(s.text.folded)) c('URL', 'a link');
}

export type FeatureInput = { signals: Signals; scores: DefaultTagScores; author?: AuthorLike; hasSubject: boolean };

export function extractFeatures(input: FeatureInput, options: { explain?: boolean; buckets?: number } = {}): FeatureVector {
  const acc: Acc = { buckets: options.buckets ?? BUCKETS, explain: !!options.explain, map: new Map() };
  textFeatures(acc, tokenize(input.signals.text));
  lexiconFeatures(acc, input.scores, input.signals);
  contextFeatures(acc, input.signals, input.author ?? {}, input.hasSubject);
  const n = acc.map.size;
  const idx = new Int32Array(n);
  const val = new Float32Array(n);
  const sources: FeatureSource[][] | undefined = options.explain ? [] : undefined;
  let i = 0;
  for (const [b, { v, src }] of acc.map) {
    idx[i] = b;
    val[i] = v;
    sources?.push(src);
    i++;
  }
  return { idx, val, sources };
}
