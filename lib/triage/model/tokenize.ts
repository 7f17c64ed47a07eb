// Splits folded text into the units the model reads, each with its span in the folded
// text (so a reason can quote the customer's words): Latin-script words (with a light
// stem), CJK runs (read as characters), emoji and numbers.
import type { FoldedText } from '../classifier/fold-text';

export type Token = { kind: 'word' | 'cjk' | 'emoji' | 'number'; text: string; stem: string; start: number; end: number };

const TOKEN_RE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u3005]+|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{N}]+)*|\p{Extended_Pictographic}/gu;
const CJK_RE = /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u3005]/;
const NUMBER_RE = /^\p{N}+$/u;

// Longest first. Enough to merge "crashing/crashes/crashed", "facturas/factura",
// "livraison/livraisons", "Rechnungen/Rechnung", "aplicatia/aplicatie"; char n-grams do the rest.
const SUFFIXES = [
  'ations', 'ation', 'ements', 'ement', 'ments', 'ment', 'ingly', 'ings', 'ing', 'edly', 'ies', 'ied', 'ed', 'es', 's', 'ly',
  'ciones', 'cion', 'mente', 'coes', 'cao', 'ados', 'adas', 'ado', 'ada', 'idos', 'idas', 'ido', 'ida', 'amos', 'aron', 'os', 'as',
  'ungen', 'ung', 'ern', 'en', 'er', 'te', 'ului', 'ilor', 'ile', 'ul', 'ii', 'ea', 'eaza', 'este', 'aient', 'ait', 'ees', 'ee', 'er', 'ez', 'a', 'e', 'o', 'i',
];

export function stem(word: string): string {
  if (word.length < 5) return word;
  for (const s of SUFFIXES) if (word.length - s.length >= 4 && word.endsWith(s)) return word.slice(0, -s.length);
  return word;
}

export function tokenize(text: FoldedText): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text.folded)) !== null) {
    const t = m[0];
    const start = m.index;
    const end = start + t.length;
    // @handles name a brand or a person: learning them would memorise the training brands.
    if (start > 0 && text.folded[start - 1] === '@') continue;
    if (CJK_RE.test(t)) out.push({ kind: 'cjk', text: t, stem: t, start, end });
    else if (NUMBER_RE.test(t)) out.push({ kind: 'number', text: t, stem: `#${Math.min(t.length, 5)}`, start, end });
    else if (/^\p{Extended_Pictographic}$/u.test(t)) out.push({ kind: 'emoji', text: t, stem: t, start, end });
    else out.push({ kind: 'word', text: t, stem: stem(t.replace(/\p{M}/gu, '')), start, end });
  }
  return out;
}
