// A tag rule in words, for the tag settings and the playbook:
// "words: refund, money back · on Instagram · author ≥ 10,000 followers". Pure.
import { PROVIDER_LABEL } from './describe-routing-rule';

type Rule = { keywords: string[]; pattern: string | null; provider: string | null; minFollowers: number | null; vipOnly: boolean };

export function describeTagRule(r: Rule): { matches: string; conditions: string[] } {
  const parts: string[] = [];
  if (r.keywords.length) parts.push(`${r.keywords.length === 1 ? 'the word' : 'any of'} ${r.keywords.map((k) => `“${k}”`).join(', ')}`);
  if (r.pattern) parts.push(`the pattern /${r.pattern}/`);
  const conditions: string[] = [];
  if (r.provider) conditions.push(`on ${PROVIDER_LABEL[r.provider] ?? r.provider}`);
  if (r.minFollowers) conditions.push(`author has ≥ ${r.minFollowers.toLocaleString('en')} followers`);
  if (r.vipOnly) conditions.push('VIP contacts only');
  return { matches: parts.join(' or '), conditions };
}
