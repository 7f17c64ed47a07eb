// Turns evidence into the short reason an agent reads next to a tag:
// "asks for a quote ("solicit ofertă") for 120 de abonamente; raises an enterprise deal".
import { dealSize } from './extract-quantities';
import type { Signals } from './read-signals';
import type { TagScore } from './score-default-tags';
import type { Evidence } from './types';

export function formatEvidence(e: Evidence): string {
  return e.quote ? `${e.label} ("${e.quote}")` : e.label;
}

export function describeTag(t: TagScore, s: Signals, max = 2): string {
  const seen = new Set<string>();
  const top = [...t.evidence]
    .sort((a, b) => b.weight - a.weight)
    .filter((e) => (seen.has(e.label) ? false : (seen.add(e.label), true)))
    .slice(0, max);
  const parts = top.map(formatEvidence);
  if (t.key === 'sales_lead') {
    const deal = dealSize(s.quantities);
    if (deal && parts.length) parts[0] += ` for ${deal.text.replace(/^[^\p{L}\p{N}~]+/u, '')}`;
  }
  return parts.join('; ') || t.key.replace('_', ' ');
}

// Evidence scores map onto (0, 1): 1 (the threshold) ≈ 0.67, 2 ≈ 0.89, 3 ≈ 0.96.
export function confidenceOf(score: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, 1 - Math.exp(-1.1 * score))) * 100) / 100;
}
