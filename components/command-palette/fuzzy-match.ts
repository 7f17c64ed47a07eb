// A small fuzzy matcher for the command palette (no library: a few dozen
// commands need no index). Each word of the query must occur in the text,
// in order of its letters; whole substrings beat scattered letters, the start
// of the text or of a word beats the middle, and runs of adjacent letters
// beat gaps. Higher scores are better; null means "no match".

const WORD_START = /[\s·:/\-_(]/;

function isWordStart(text: string, i: number): boolean {
  return i === 0 || WORD_START.test(text[i - 1]);
}

// One query word against the text (both lower case).
function scoreWord(word: string, text: string): number | null {
  const at = text.indexOf(word);
  if (at >= 0) {
    // A substring: best at the very start, then at a word start, then anywhere.
    const place = at === 0 ? 60 : isWordStart(text, at) ? 40 : 10;
    return 100 + place + word.length * 3 + (word.length === text.length ? 20 : 0);
  }
  // Scattered letters, greedily left to right.
  let score = 0;
  let from = 0;
  let prev = -2;
  for (const ch of word) {
    const i = text.indexOf(ch, from);
    if (i < 0) return null;
    score += 1 + (i === prev + 1 ? 5 : 0) + (isWordStart(text, i) ? 8 : 0) - Math.min(3, i - from);
    prev = i;
    from = i + 1;
  }
  return score;
}

export function fuzzyScore(query: string, text: string): number | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const t = text.toLowerCase();
  let total = 0;
  for (const w of words) {
    const s = scoreWord(w, t);
    if (s === null) return null;
    total += s;
  }
  return total;
}

// The items that match, best first; ties keep their given order. `secondary`
// (a group name, synonyms) can make an item match, at a discount, so that
// "settings" finds every settings page but a label match still ranks first.
export function fuzzyFilter<T>(query: string, items: readonly T[], label: (item: T) => string, secondary?: (item: T) => string): T[] {
  if (!query.trim()) return [...items];
  const scored: { item: T; score: number; i: number }[] = [];
  items.forEach((item, i) => {
    const main = fuzzyScore(query, label(item));
    const extra = secondary ? fuzzyScore(query, `${label(item)} ${secondary(item)}`) : null;
    const score = Math.max(main ?? -Infinity, extra === null ? -Infinity : extra - 50);
    if (score > -Infinity) scored.push({ item, score, i });
  });
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.item);
}
