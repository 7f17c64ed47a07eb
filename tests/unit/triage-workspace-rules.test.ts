import { describe, expect, it } from 'vitest';
import { classifyMessage } from '@/lib/triage/classify-message';
import { applyWorkspaceRules } from '@/lib/triage/classifier/apply-workspace-rules';
import type { ClassifyInput, TagRuleLike } from '@/lib/triage/classifier/types';

const input = (text: string, extra: Partial<ClassifyInput> = {}): ClassifyInput => ({ text, provider: 'x', author: { followers: 200 }, attachments: [], ...extra });

describe('workspace rules', () => {
  const refund: TagRuleLike = { name: 'Refunds', tagKey: 'refund', keywords: ['refund', 'reembolso'], confidence: 0.9 };

  it('matches keywords case- and accent-insensitively, as whole words', () => {
    expect(applyWorkspaceRules(input('I want a REFUND now'), [refund])[0]).toMatchObject({ key: 'refund', source: 'rule', confidence: 0.9 });
    expect(applyWorkspaceRules(input('quiero un reembolso'), [refund])).toHaveLength(1);
    expect(applyWorkspaceRules(input('refunded already, thanks'), [refund])).toHaveLength(0);
  });

  it('matches a regular expression and quotes the match in the reason', () => {
    const rule: TagRuleLike = { name: 'Order numbers', tagKey: 'order', pattern: 'ORD-\\d{5}' };
    const [t] = applyWorkspaceRules(input('where is ORD-12345?'), [rule]);
    expect(t.reason).toBe('rule "Order numbers": matched "ORD-12345"');
  });

  it('honours provider, minimum followers and VIP conditions', () => {
    const rule: TagRuleLike = { name: 'Influencers on X', tagKey: 'influencer', keywords: ['love'], provider: 'x', minFollowers: 10_000 };
    expect(applyWorkspaceRules(input('love it', { author: { followers: 500 } }), [rule])).toHaveLength(0);
    expect(applyWorkspaceRules(input('love it', { author: { followers: 50_000 }, provider: 'instagram' }), [rule])).toHaveLength(0);
    const [t] = applyWorkspaceRules(input('love it', { author: { followers: 50_000 } }), [rule]);
    expect(t.reason).toMatch(/on x, author has ≥10,000 followers/);

    const vip: TagRuleLike = { tagKey: 'vip', keywords: ['hello'], vipOnly: true };
    expect(applyWorkspaceRules(input('hello'), [vip])).toHaveLength(0);
    expect(applyWorkspaceRules(input('hello', { author: { isVip: true } }), [vip])).toHaveLength(1);
  });

  it('skips disabled rules and invalid patterns instead of failing', () => {
    expect(applyWorkspaceRules(input('refund'), [{ ...refund, enabled: false }])).toHaveLength(0);
    expect(applyWorkspaceRules(input('refund'), [{ tagKey: 'x', pattern: '([' }])).toHaveLength(0);
  });

  it('a rule outranks the model for the same tag, and both layers can add tags', () => {
    const rule: TagRuleLike = { name: 'Pricing', tagKey: 'sales_lead', keywords: ['pricing'] };
    const tags = classifyMessage(input('pricing for 50 seats please? also the export button crashes the app every time', { workspaceRules: [rule] })).tags;
    const sales = tags.filter((t) => t.key === 'sales_lead');
    expect(sales).toHaveLength(1);
    expect(sales[0].source).toBe('rule');
    expect(tags.find((t) => t.key === 'technical_issue')?.source).toBe('model');
  });
});
