// The length X counts for a post, approximating twitter-text v3 (the
// "weighted length" of its config v3). Pure. What it does:
// - the text is NFC-normalised first;
// - each URL (http(s)://… or www.…) counts 23, whatever its length (t.co);
// - each emoji, including a ZWJ sequence, a flag or a skin-tone variant,
//   counts 2;
// - any other code point counts 1 inside Latin/Greek/Cyrillic/…
//   (U+0000–U+10FF) and a few punctuation ranges (U+2000–U+200D,
//   U+2010–U+201F, U+2032–U+2037), and 2 elsewhere (CJK, Hangul, …).
// Not replicated: twitter-text's bare-domain detection ("example.com" without
// a scheme counts as typed here) and its exact TLD list.
export const X_MAX_WEIGHTED = 280;
export const X_URL_WEIGHT = 23;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'"]/giu;
const EMOJI = /(?:\p{RI}\p{RI}|[\p{Extended_Pictographic}\p{Emoji_Presentation}](?:\uFE0F|\p{EMod})?(?:\u200D[\p{Extended_Pictographic}\p{Emoji_Presentation}](?:\uFE0F|\p{EMod})?)*|[#*0-9]\uFE0F?\u20E3)/gu;
const LIGHT: [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

function codePointWeight(cp: number): number {
  return LIGHT.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2;
}

export function xWeightedLength(raw: string): number {
  let text = raw.normalize('NFC');
  let total = 0;
  text = text.replace(URL, () => {
    total += X_URL_WEIGHT;
    return '';
  });
  text = text.replace(EMOJI, (m) => {
    // "©" or "1" without the emoji variation selector are plain characters.
    if (/^[\p{Extended_Pictographic}]$/u.test(m) && !/\p{Emoji_Presentation}/u.test(m) && m.codePointAt(0)! < 0x1100) {
      total += 1;
      return '';
    }
    total += 2;
    return '';
  });
  for (const ch of text) total += codePointWeight(ch.codePointAt(0)!);
  return total;
}
