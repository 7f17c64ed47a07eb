// Folds text for matching: NFKC (full-width → ASCII, so ！ and ? look alike), lower
// case, and Latin accents dropped (people write Romanian, Portuguese and German with
// and without diacritics). The fold is done per code point and keeps a map back to
// the original, so reasons can quote the customer's own words.

export type FoldedText = {
  original: string;
  folded: string;
  // map[i] = index in `original` where folded char i came from (one extra entry at the end).
  map: number[];
};

const LATIN_MARKS = /[\u0300-\u036f]/g;

function foldChar(ch: string): string {
  let out = ch.normalize('NFKC').toLowerCase();
  // Only Latin letters lose their marks: Japanese voicing marks are not in this block.
  if (/[\u00c0-\u024f\u1e00-\u1eff]/.test(out)) out = out.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC');
  if (out === 'ß') return 'ss';
  if (out === '’' || out === '‘' || out === '`' || out === '´') return "'";
  if (out === '“' || out === '”' || out === '„' || out === '«' || out === '»' || out === '「' || out === '」') return '"';
  return out;
}

export function foldText(original: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(original.length);
  return { original, folded, map };
}

// The customer's own words for a folded span, trimmed and shortened for a reason line.
export function quoteSpan(text: FoldedText, start: number, end: number, max = 60): string {
  const from = text.map[start] ?? 0;
  const to = text.map[Math.min(end, text.map.length - 1)] ?? text.original.length;
  const raw = text.original.slice(from, to).replace(/\s+/g, ' ').trim();
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

// Length in "words": CJK characters count as roughly half a word each.
export function wordLength(s: string): number {
  const latin = s.replace(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const cjk = (s.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
  return latin + Math.round(cjk / 2);
}
