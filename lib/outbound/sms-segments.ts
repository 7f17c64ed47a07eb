// How many SMS a text costs, as carriers count it. Pure.
// GSM-7 (the default alphabet) fits 160 characters in one SMS, 153 per part
// when the text is split (7 go to the concatenation header); the extension
// table characters (^ { } \ [ ~ ] | € and form feed) take two slots (an
// escape plus the character). A single character outside GSM-7 (an emoji,
// CJK, most accented letters beyond the alphabet's few) switches the whole
// message to UCS-2: 70 UTF-16 units in one SMS, 67 per part, and an emoji
// outside the BMP takes two units. Neither an escape pair nor a surrogate
// pair is split across parts, so parts are filled greedily, like a modem does.

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '\f^{}\\[~]|€';
const BASIC = new Set([...GSM_BASIC]);
const EXTENDED = new Set([...GSM_EXTENDED]);

export type SmsEncoding = 'GSM-7' | 'UCS-2';
export type SmsSegments = {
  encoding: SmsEncoding;
  // Slots used: septets (GSM-7) or UTF-16 units (UCS-2).
  units: number;
  segments: number;
  // Slots per part at this length: 160/70 for one SMS, 153/67 once split.
  perSegment: number;
  // Slots the segments hold in all (segments × perSegment).
  capacity: number;
  // The characters that forced UCS-2 (each once, in order), to tell the agent.
  nonGsm: string[];
};

export function gsmUnits(ch: string): number | null {
  if (BASIC.has(ch)) return 1;
  if (EXTENDED.has(ch)) return 2;
  return null;
}

export function countSmsSegments(text: string): SmsSegments {
  const chars = [...text];
  const nonGsm = [...new Set(chars.filter((c) => gsmUnits(c) === null))];
  const encoding: SmsEncoding = nonGsm.length ? 'UCS-2' : 'GSM-7';
  const sizes = chars.map((c) => (encoding === 'GSM-7' ? gsmUnits(c)! : c.length));
  const units = sizes.reduce((a, b) => a + b, 0);
  const single = encoding === 'GSM-7' ? 160 : 70;
  const multi = encoding === 'GSM-7' ? 153 : 67;
  if (units <= single) return { encoding, units, segments: units ? 1 : 0, perSegment: single, capacity: units ? single : 0, nonGsm };
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > multi) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, units, segments, perSegment: multi, capacity: segments * multi, nonGsm };
}
