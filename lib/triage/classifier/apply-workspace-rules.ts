// Layer 1: the workspace's own rules (TagRule rows). A rule fires when its keywords
// (any of, case- and accent-insensitive, whole words for Latin script) or its regular
// expression match, and its conditions hold: provider, minimum followers, VIP only.
import { foldText, quoteSpan, type FoldedText } from './fold-text';
import type { AppliedTag, ClassifyInput, TagRuleLike } from './types';

const LATIN = /[a-z0-9\u00c0-\u024f]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function findKeyword(text: FoldedText, keyword: string): string | null {
  const k = foldText(keyword.trim()).folded;
  if (!k) return null;
  const re = new RegExp(escape(k), 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text.folded)) !== null) {
    const start = m.index;
    const end = start + k.length;
    const before = text.folded[start - 1];
    const after = text.folded[end];
    // "api" must not match inside "rapid"; CJK keywords have no word boundaries.
    const okStart = !LATIN.test(k[0]) || !before || !LATIN.test(before);
    const okEnd = !LATIN.test(k[k.length - 1]) || !after || !LATIN.test(after);
    if (okStart && okEnd) return quoteSpan(text, start, end);
  }
  return null;
}

function compilePattern(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'iu');
  } catch {
    return null; // an invalid pattern saved by a manager must not stop triage
  }
}

function conditionsHold(rule: TagRuleLike, input: ClassifyInput): boolean {
  if (rule.enabled === false) return false;
  if (rule.provider && rule.provider !== input.provider) return false;
  if (rule.minFollowers && (input.author?.followers ?? 0) < rule.minFollowers) return false;
  if (rule.vipOnly && !input.author?.isVip) return false;
  return true;
}

function describeConditions(rule: TagRuleLike): string {
  const c: string[] = [];
  if (rule.provider) c.push(`on ${rule.provider}`);
  if (rule.minFollowers) c.push(`author has ≥${rule.minFollowers.toLocaleString('en')} followers`);
  if (rule.vipOnly) c.push('VIP contact');
  return c.length ? `, ${c.join(', ')}` : '';
}

export function applyWorkspaceRules(input: ClassifyInput, rules: TagRuleLike[] = []): AppliedTag[] {
  const raw = [input.subject, input.text].filter(Boolean).join('\n');
  const text = foldText(raw);
  const byKey = new Map<string, AppliedTag>();
  for (const rule of rules) {
    if (!conditionsHold(rule, input)) continue;
    let matched: string | null = null;
    for (const k of rule.keywords ?? []) if (!matched) matched = findKeyword(text, k);
    if (!matched && rule.pattern) {
      const re = compilePattern(rule.pattern);
      const m = re?.exec(raw);
      if (m) matched = m[0].slice(0, 60);
    }
    if (matched === null) continue;
    const name = rule.name ? `rule "${rule.name}"` : 'workspace rule';
    const confidence = Math.min(1, Math.max(0.01, rule.confidence ?? 0.95));
    const tag: AppliedTag = { key: rule.tagKey, source: 'rule', confidence, reason: `${name}: matched "${matched}"${describeConditions(rule)}` };
    const prev = byKey.get(rule.tagKey);
    if (!prev || prev.confidence < confidence) byKey.set(rule.tagKey, tag);
  }
  return [...byKey.values()];
}
