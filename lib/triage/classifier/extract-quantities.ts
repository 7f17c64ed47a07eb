// Finds the size of a deal in the customer's words: "300 agent seats", "~1,200 agents",
// "600 Mitarbeitenden", "约1500人", "従業員約900名". Used for the lead's reason
// ("asks for a quote for 300 seats") and for severity (over 500 seats is high).
import { quoteSpan, type FoldedText } from './fold-text';
import { OTHER_UNITS, SEAT_UNITS } from './lexicon-sales';

export type Quantity = { count: number; unit: string; seatLike: boolean; text: string };

const NUMBER = '(\\d{1,3}(?:[ ,.]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(k)?';
// Up to two words between the number and the unit ("300 agent seats", "80 de abonamente").
const LATIN_UNIT = new RegExp(`(?:^|[^\\w@#£$€])(?:~|approx\\.?\\s*|about\\s+|around\\s+|over\\s+|circa\\s+|ca\\.?\\s*|rund\\s+|約|约)?${NUMBER}\\+?\\s*(?:de\\s+|x\\s+)?(?:[a-z-]+\\s+){0,2}?(${SEAT_UNITS}|${OTHER_UNITS})(?![a-z])`, 'gu');
const CJK_PREFIXED = new RegExp(`(?:約|约|大概|大约|共)?${NUMBER}\\s*(${SEAT_UNITS}|${OTHER_UNITS})`, 'gu');

const SEAT = new RegExp(`^(?:${SEAT_UNITS})$`, 'u');

function parseNumber(raw: string, k?: string): number {
  const digits = /^\d{1,3}([ ,.]\d{3})+$/.test(raw) ? raw.replace(/[ ,.]/g, '') : raw.replace(',', '.');
  const n = Number.parseFloat(digits);
  return k ? n * 1000 : n;
}

export function extractQuantities(text: FoldedText): Quantity[] {
  const { folded } = text;
  const out: Quantity[] = [];
  for (const re of [LATIN_UNIT, CJK_PREFIXED]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      const count = parseNumber(m[1], m[2]);
      const unit = m[3];
      // Years, prices and times are not deal sizes.
      if (!Number.isFinite(count) || count < 2 || count > 1_000_000) continue;
      const lead = m[0].length - m[0].trimStart().length;
      out.push({ count, unit, seatLike: SEAT.test(unit), text: quoteSpan(text, m.index + lead, m.index + m[0].length) });
    }
  }
  // Keep one entry per count (the two patterns can both see "1500人").
  const seen = new Set<number>();
  return out.filter((q) => (seen.has(q.count) ? false : (seen.add(q.count), true)));
}

// The figure that best describes the deal: the largest seat-like count, else the largest.
export function dealSize(quantities: Quantity[]): Quantity | null {
  const seats = quantities.filter((q) => q.seatLike).sort((a, b) => b.count - a.count);
  if (seats.length) return seats[0];
  return [...quantities].sort((a, b) => b.count - a.count)[0] ?? null;
}
