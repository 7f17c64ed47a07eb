// Team choice: ordered workspace rules first, then the default taxonomy by tag
// precedence; language requirements; SEV1 escalation.
import { describe, expect, it } from 'vitest';
import { decideRoute, type RuleRow } from '@/lib/routing/decide-route';

const teams = [
  { key: 'support', name: 'Support' },
  { key: 'sales', name: 'Sales' },
  { key: 'product', name: 'Product' },
  { key: 'marketing', name: 'Marketing' },
  { key: 'incident', name: 'Incident response' },
];
let n = 0;
const rule = (conditions: object, action: object, extra: Partial<RuleRow> = {}): RuleRow => ({ id: `r${++n}`, name: `rule ${n}`, position: n, enabled: true, conditions, action, ...extra });
const facts = (f: Partial<{ tags: string[]; provider: string; language: string | null; severity: number }> = {}) => ({ tags: [], provider: 'email', language: 'en', severity: 3, ...f });

describe('decideRoute defaults (no rules)', () => {
  it('routes by tag precedence incident > sales_lead > technical_issue > feature_request > ugc', () => {
    expect(decideRoute(facts({ tags: ['ugc', 'sales_lead'] }), [], teams)).toMatchObject({ teamKey: 'sales', teamReason: 'default: sales_lead → Sales (over ugc)' });
    expect(decideRoute(facts({ tags: ['feature_request', 'technical_issue'] }), [], teams).teamKey).toBe('support');
    expect(decideRoute(facts({ tags: ['technical_issue', 'incident'] }), [], teams).teamKey).toBe('incident');
    expect(decideRoute(facts({ tags: ['feature_request'] }), [], teams).teamKey).toBe('product');
    expect(decideRoute(facts({ tags: ['ugc'] }), [], teams).teamKey).toBe('marketing');
  });

  it('leaves untagged conversations unrouted and skips teams the workspace does not have', () => {
    expect(decideRoute(facts(), [], teams)).toMatchObject({ teamKey: null, teamReason: 'untagged, no rule matched', escalate: false });
    expect(decideRoute(facts({ tags: ['ugc', 'feature_request'] }), [], teams.filter((t) => t.key !== 'product')).teamKey).toBe('marketing');
  });

  it('escalates every SEV1 to the senior on call', () => {
    const d = decideRoute(facts({ tags: ['incident'], severity: 1 }), [], teams);
    expect(d).toMatchObject({ teamKey: 'incident', escalate: true, escalateReason: 'SEV1 → senior on call' });
    expect(decideRoute(facts({ tags: ['incident'], severity: 2 }), [], teams).escalate).toBe(false);
    // Even untagged, a SEV1 goes to Incident response.
    expect(decideRoute(facts({ severity: 1 }), [], teams)).toMatchObject({ teamKey: 'incident', teamReason: 'default: SEV1 → Incident response', escalate: true });
  });
});

describe('decideRoute with rules', () => {
  const demoRules = [
    rule({ severityAtMost: 1 }, { teamKey: 'incident', escalateToOnCall: true }),
    rule({ tags: ['incident'] }, { teamKey: 'incident' }),
    rule({ tags: ['sales_lead'] }, { teamKey: 'sales' }),
    rule({ providers: ['chat'] }, { teamKey: 'support' }),
    rule({ languages: ['zh-Hant', 'zh-Hans'] }, { requireLanguage: 'zh' }),
    rule({ languages: ['ro'] }, { requireLanguage: 'ro' }),
    rule({}, { teamKey: 'support' }),
  ];

  it('takes the first team of the matching rules and says which rule', () => {
    expect(decideRoute(facts({ tags: ['sales_lead'] }), demoRules, teams)).toMatchObject({ teamKey: 'sales', teamReason: 'rule: sales_lead → Sales', escalate: false });
    // A chat message with no tag: the channel rule.
    expect(decideRoute(facts({ provider: 'chat' }), demoRules, teams).teamReason).toBe('rule: chat → Support');
    expect(decideRoute(facts({ provider: 'sms' }), demoRules, teams).teamReason).toBe('rule: everything else → Support');
  });

  it('accumulates a language requirement from a later rule', () => {
    const d = decideRoute(facts({ tags: ['sales_lead'], language: 'zh-Hant' }), demoRules, teams);
    expect(d).toMatchObject({ teamKey: 'sales', requireLanguage: 'zh' });
    expect(d.reasons).toContain('rule: zh-Hant → needs a zh speaker');
    expect(decideRoute(facts({ tags: ['technical_issue'], language: 'ro' }), demoRules, teams).requireLanguage).toBe('ro');
    expect(decideRoute(facts({ tags: ['technical_issue'], language: 'de' }), demoRules, teams).requireLanguage).toBeUndefined();
  });

  it('routes a SEV1 to Incident response with escalation, whatever its tag', () => {
    const d = decideRoute(facts({ tags: ['sales_lead'], severity: 1 }), demoRules, teams);
    expect(d).toMatchObject({ teamKey: 'incident', escalate: true, teamReason: 'rule: SEV1 → Incident response' });
    expect(d.escalateReason).toBe('rule: SEV1 → senior on call');
  });

  it('respects position order, ignores disabled and malformed rules and unknown teams', () => {
    const rules = [
      rule({ tags: ['ugc'] }, { teamKey: 'marketing' }, { position: 5 }),
      rule({ tags: ['ugc'] }, { teamKey: 'support' }, { position: 1, enabled: false }),
      rule({ tags: ['ugc'] }, { teamKey: 'nowhere' }, { position: 2 }),
      rule({ tags: 'ugc' }, { teamKey: 'sales' }, { position: 0 }),
    ];
    const d = decideRoute(facts({ tags: ['ugc'] }), rules, teams);
    expect(d.teamKey).toBe('marketing');
    expect(d.reasons.some((r) => r.includes('malformed'))).toBe(true);
    expect(d.reasons.some((r) => r.includes('unknown team "nowhere"'))).toBe(true);
  });

  it('needs every condition of a rule (tags and channel together)', () => {
    const rules = [rule({ tags: ['sales_lead'], providers: ['whatsapp'] }, { teamKey: 'support' })];
    expect(decideRoute(facts({ tags: ['sales_lead'], provider: 'whatsapp' }), rules, teams)).toMatchObject({ teamKey: 'support', teamReason: 'rule: sales_lead + whatsapp → Support' });
    expect(decideRoute(facts({ tags: ['sales_lead'], provider: 'email' }), rules, teams).teamKey).toBe('sales');
  });

  it('passes a direct assignee from a rule', () => {
    const d = decideRoute(facts({ tags: ['sales_lead'] }), [rule({ tags: ['sales_lead'] }, { teamKey: 'sales', assigneeId: 'dana' })], teams);
    expect(d.assigneeId).toBe('dana');
  });
});
