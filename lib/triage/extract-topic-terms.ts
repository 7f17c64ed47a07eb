// The topic of an incident report as a set of weighted terms, in any language:
//   1. shared concepts (crisis-concepts.ts): "payment", "pago", "付款" → payment;
//   2. error codes ("502", "E1234"): very specific, so heavy;
//   3. any other salient word (a product name, a hashtag) after dropping stop words
//      and complaint filler ("still", "again", "anyone");
//   4. Chinese/Japanese text no concept covers: character bigrams (no spaces to split
//      on), light, and not the grammatical ones (kana endings, 的了).
// Two reports are about the same thing when they share enough weight (detect-crisis).
// The result is shared (memoized): callers must not change it.
import { CONCEPTS, type Concept } from './crisis-concepts';

export type TopicTerm = { id: string; label: string; weight: number };
export type TopicTerms = Map<string, TopicTerm>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_WORD = '(?![\\p{L}\\p{N}])';
const WORD_START = '(?<![\\p{L}\\p{N}])';

// One regular expression per concept. Latin stems match at a word start; a stem
// with a trailing space must be a whole word ("app " is not "apple"). CJK words
// match anywhere. Longer alternatives first, so "caught fire" wins over "fire".
function conceptRegex(concept: Concept): RegExp {
  const latin = [...concept.latin]
    .sort((a, b) => b.length - a.length)
    .map((stem) => `${stem.trim().split(/\s+/).map(escape).join('\\s+')}${stem.endsWith(' ') ? NOT_WORD : ''}`);
  const cjk = [...concept.cjk].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp([`${WORD_START}(?:${latin.join('|')})`, ...(cjk.length ? [`(?:${cjk.join('|')})`] : [])].join('|'), 'gu');
}

const MATCHERS: { concept: Concept; re: RegExp }[] = CONCEPTS.map((concept) => ({ concept, re: conceptRegex(concept) }));

// Lower case, full-width folded, Latin accents dropped (kana voicing marks kept).
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/ß/g, 'ss').replace(/[’‘`´]/g, "'");
}

const STOP = new Set(
  ('this that these those there their they them then than with your yours have has had just from when what where which while been being will would could should about also like does doesn ' +
    'dont cant wont isnt really very much many more most some same other every anyone anybody everyone someone else still again already always never today tonight yesterday morning ' +
    'minutes minute minuten minutos stunden horas heures hours hour since trying tried keeps keep getting gets going time times please help thanks thank guys folks fix fixed asap seriously ridiculous unacceptable ' +
    'problem problems issue issues thing things work working works worked right wrong anything nothing something know need want here into over only even sure update ' +
    'para pero como esta este esto todo todos hace desde nada ahora otra otro cuando tengo puedo sigue mismo problema ayuda tambien porque hola gracias ' +
    'pour avec dans mais cette tout tous depuis encore rien plus toujours aide probleme impossible bonjour merci votre vous nous ' +
    'nicht auch noch immer schon heute seit kann bitte eine einen problem wieder alle keine mein meine habe sind wird aber oder dass hallo danke ihre euer ' +
    'mais ainda hoje minha voces voce problema ajuda estou isso obrigado pelo pela ' +
    'pentru nici acum inca toate mereu problema ajutor este sunt care doar astazi multumesc voastra')
    .split(/\s+/),
);

// Chinese function characters and Japanese grammar carry no topic.
const FUNCTION_CHARS = new Set('的了是我你他她们們在不都也吗嗎呢啊吧就还還有这這那个個和与與很又到说說要会會能时時候一直已经經现現'.split(''));
const HIRAGANA = /[\u3040-\u309f]/;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/gu;

// Crisis checks see the same recent reports again and again: remember their terms.
const memo = new Map<string, TopicTerms>();
const MEMO_MAX = 5000;

export function extractTopicTerms(text: string, ignore: ReadonlySet<string> = new Set()): TopicTerms {
  const key = `${[...ignore].join(' ')}\u0000${text}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const terms = computeTerms(text, ignore);
  memo.set(key, terms);
  if (memo.size > MEMO_MAX) memo.delete(memo.keys().next().value as string);
  return terms;
}

function computeTerms(text: string, ignore: ReadonlySet<string>): TopicTerms {
  const terms: TopicTerms = new Map();
  const add = (id: string, label: string, weight: number) => {
    if (!terms.has(id)) terms.set(id, { id, label, weight });
  };
  // Links, handles and addresses are not topics (everyone tags the brand).
  let s = fold(text).replace(/https?:\/\/\S+|\S+@\S+\.\S+|@[\p{L}\p{N}_.]+/gu, ' ');

  for (const { concept, re } of MATCHERS) {
    s = s.replace(re, (m) => {
      add(concept.id, concept.label, concept.weight);
      return ' '.repeat(m.length);
    });
  }

  for (const raw of s.replace(CJK_RUN, ' ').match(/[#\p{L}\p{N}'_-]+/gu) ?? []) {
    const token = raw.replace(/^[#'_-]+|['_-]+$/g, '').replace(/'s$/, '').replace(/'/g, '');
    if (!token) continue;
    // HTTP-style status codes and error codes ("E1234", "psp-502") are very specific;
    // "psp-502" also counts as a plain 502, which is how others will write it.
    const statuses = token.split('-').filter((p) => /^[45]\d\d$/.test(p));
    for (const st of statuses) add(`code:${st}`, st, 1.5);
    if (/^([a-z]{1,6}-?\d{2,6}|0x[0-9a-f]{4,})$/.test(token)) add(`code:${token}`, token.toUpperCase(), 1.5);
    if (statuses.length || /\d/.test(token)) continue;
    if (token.length < 4 || STOP.has(token) || ignore.has(token)) continue;
    const stem = token.length > 4 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token;
    if (STOP.has(stem) || ignore.has(stem)) continue;
    add(stem, raw.startsWith('#') ? `#${token}` : token, 1);
  }

  for (const run of s.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const bigram = run.slice(i, i + 2);
      if (HIRAGANA.test(bigram) || FUNCTION_CHARS.has(bigram[0]) || FUNCTION_CHARS.has(bigram[1])) continue;
      add(bigram, bigram, 0.5);
    }
  }
  return terms;
}

// How much two term sets say "the same thing": the weight of what they share.
export function sharedWeight(a: TopicTerms, b: TopicTerms): number {
  let w = 0;
  for (const [id, t] of a) if (b.has(id)) w += t.weight;
  return w;
}

// A stored signature ("checkout|payment|failure|code:502") back into terms.
export function parseSignature(signature: string): TopicTerms {
  const terms: TopicTerms = new Map();
  for (const part of signature.split('|')) {
    for (const [id, t] of extractTopicTerms(part.replace(/^code:/, ''))) terms.set(id, t);
  }
  return terms;
}
