// The TypeScript side of search tokenisation, used to highlight matches in
// snippets. It mirrors the database functions of the search migration
// (switchboard_search_normalize / switchboard_search_pattern): NFKC, accents
// removed, lower case; runs of CJK characters vs runs of other letters and
// digits. The database decides what matches; this only finds where.

const CJK = '\\u3005-\\u3007\\u3040-\\u30ff\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\u1100-\\u11ff\\u3130-\\u318f\\u{20000}-\\u{2ffff}';
const SEPARATORS =
  '\\s\\u0000-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u00bf\\u00d7\\u00f7\\u2000-\\u2bff\\u3000-\\u3004\\u3008-\\u303f\\ufe00-\\ufe6f\\uff00-\\uff0f\\ufff0-\\uffff\\u{1f000}-\\u{1faff}';

const RUNS = new RegExp(`([${CJK}]+)|([^${SEPARATORS}${CJK}]+)`, 'gu');
const WORD_CHAR = new RegExp(`[^${SEPARATORS}${CJK}]`, 'u');

// Letters that unaccent rewrites but Unicode does not decompose.
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd',
};

function foldChar(ch: string): string {
  return SPECIAL[ch] ?? ch.normalize('NFKC').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

export type Folded = { text: string; start: number[]; end: number[] };

// The folded text, and for each of its UTF-16 units the [start, end) of the
// original character it came from, so a match maps back onto the original.
export function foldWithMap(original: string): Folded {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    text += f;
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    i += ch.length;
  }
  return { text, start, end };
}

export function foldText(s: string): string {
  return foldWithMap(s).text;
}

export type QueryRun = { text: string; cjk: boolean };

// The query's runs, as the database splits it (at most 16 of the first 200 characters).
export function queryRuns(q: string): QueryRun[] {
  const out: QueryRun[] = [];
  for (const m of foldText([...q].slice(0, 200).join('')).matchAll(RUNS)) {
    if (m[1]) out.push({ text: m[1], cjk: true });
    else if (m[2]) out.push({ text: [...m[2]].slice(0, 64).join(''), cjk: false });
    if (out.length === 16) break;
  }
  return out;
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}
