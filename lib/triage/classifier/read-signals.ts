// Reads everything about a message that more than one decision needs: the folded
// text, media, star rating, tone, whether many people are affected, noise, deal size.
// Computed once per message; the tag, severity and team decisions only read it.
import { extractQuantities, type Quantity } from './extract-quantities';
import { foldText, wordLength, type FoldedText } from './fold-text';
import { CROWD_CUES } from './lexicon-incident';
import { AUTO_REPLY, JOB_APPLICATION, OPT_OUT, QUESTION, SERVICE_TOPIC, SPAM, THANKS } from './lexicon-noise';
import { ANGER_CUES, PRAISE_CUES, SARCASM, SARCASM_MARKERS } from './lexicon-tone';
import { MEDIA_MENTION } from './lexicon-ugc';
import { findSpans, matchCues, phrases, type Match } from './match-cues';
import type { AttachmentLike, ClassifyInput, NoiseKind } from './types';

export type Signals = {
  text: FoldedText;
  language: string;
  channel: string; // provider, or the finer source (review, forum, form) when known
  media: number; // image/video attachments
  mediaMentioned: boolean;
  files: number; // other attachments (CVs, logs, receipts)
  stars: number | null;
  praise: Match[];
  anger: Match[];
  angerLevel: number; // 0 calm … 3+ furious (cues, CAPS, !!!)
  sarcastic: boolean;
  crowd: Match[];
  noise: NoiseKind | null;
  question: boolean;
  serviceQuestion: boolean;
  brandMention: boolean; // @handle or #hashtag
  words: number;
  quantities: Quantity[];
};

const MEDIA_TYPES = /^(image|photo|video|gif|sticker|story|reel|animated_gif)$/i;
const MEDIA_NAMES = /\.(jpe?g|png|gif|heic|webp|mp4|mov|avi|webm)$/i;
const SARCASM_RE = phrases(SARCASM);
const MEDIA_RE = phrases(MEDIA_MENTION);

export function isMedia(a: AttachmentLike): boolean {
  return MEDIA_TYPES.test(a.type) || (!!a.name && MEDIA_NAMES.test(a.name) && !/^(file|document)$/i.test(a.type));
}

// "5 stars", "★★★★☆", "4/5", "2★", "5 stele", "一星", "★3"…
export function readStars(folded: string): number | null {
  const numbered = folded.match(/^[\s"]*★\s*([1-5])(?!\d)/u);
  if (numbered) return Number(numbered[1]);
  const filled = folded.match(/^[\s"]*(★+)☆*/u);
  if (filled) return filled[1].length;
  const m =
    folded.match(/(?:^|\s)([1-5])\s*(?:\/\s*5|★|⭐|stars?|stele|stea|estrellas?|estrelas?|etoiles?|sterne?)(?![a-z])/u) ??
    folded.match(/(?:^|\s)★\s*([1-5])(?!\d)/u);
  if (m) return Number(m[1]);
  const zh = folded.match(/^[^。！!]{0,3}([一二三四五])星/u);
  if (zh) return '一二三四五'.indexOf(zh[1]) + 1;
  return null;
}

function readNoise(text: FoldedText, words: number): NoiseKind | null {
  const f = text.folded;
  if (OPT_OUT.test(f)) return 'opt_out';
  if (findSpans(text, AUTO_REPLY).length) return 'auto_reply';
  if (findSpans(text, JOB_APPLICATION).length) return 'job_application';
  if (findSpans(text, SPAM).length) return 'spam';
  if (words <= 10) {
    // Nothing left once the thanks, emoji and punctuation are removed.
    let rest = f;
    for (const [s, e] of findSpans(text, THANKS).reverse()) rest = rest.slice(0, s) + ' ' + rest.slice(e);
    rest = rest.replace(/[\p{P}\p{S}\p{Emoji_Presentation}\u200d\ufe0f\s\d]+/gu, ' ').trim();
    if (rest === '' || wordLength(rest) <= 1) return 'thanks';
  }
  return null;
}

// Acronyms are not shouting; long words in capitals are ("locked me OUT" is not, "a RAT" is not,
// "SOMEONE ELSES appt" is).
const ACRONYMS = /^(URGENT|SAML|IMAX|SCIM|HTTP|HTTPS|HTML|JSON|VISA|ESIM|ASAP|GDPR|NASA|IBAN|SWIFT|WIFI|INFO|NOTE|FINAL|NOTICE|DEMO|TODAY)$/;

const ANGER_RE = ANGER_CUES[0].re;

function angerLevel(text: FoldedText, original: string): number {
  const shouted = (original.match(/\b[A-Z]{4,}\b/g) ?? []).filter((w) => !ACRONYMS.test(w));
  let level = Math.min(3, findSpans(text, ANGER_RE).length);
  if (shouted.length) level += shouted.length >= 3 ? 2 : 1;
  if (/[!?！？]{3,}/.test(original)) level += 1;
  return level;
}

export function readSignals(input: ClassifyInput, language: string): Signals {
  const raw = [input.subject, input.text].filter(Boolean).join('\n');
  const text = foldText(raw);
  const attachments = input.attachments ?? [];
  const media = attachments.filter(isMedia).length;
  const words = wordLength(raw);
  const praise = matchCues(text, PRAISE_CUES, language);
  const anger = matchCues(text, ANGER_CUES, language);
  const sarcastic = (findSpans(text, SARCASM_RE).length > 0 || SARCASM_MARKERS.test(raw)) && (anger.length > 0 || /[🙃🙄]|lol/u.test(raw));
  const noise = readNoise(text, words);
  const question = QUESTION.test(text.folded);
  const channel = (input.channel ?? input.provider ?? '').toString();
  return {
    text,
    language,
    channel,
    media,
    mediaMentioned: findSpans(text, MEDIA_RE).length > 0,
    files: attachments.length - media,
    stars: readStars(text.folded),
    praise,
    anger,
    angerLevel: angerLevel(text, raw),
    sarcastic,
    crowd: matchCues(text, CROWD_CUES, language),
    noise,
    question,
    serviceQuestion: !noise && question && findSpans(text, SERVICE_TOPIC).length > 0,
    brandMention: /(^|\s)[@#][\p{L}\p{N}_.]+/u.test(raw),
    words,
    quantities: extractQuantities(text),
  };
}
