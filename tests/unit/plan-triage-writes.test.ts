import { describe, expect, it } from 'vitest';
import { planTriageWrites, type ConversationState } from '@/lib/triage/plan-triage-writes';
import { triageMessage } from '@/lib/triage/triage-message';

const TAGS = new Set(['sales_lead', 'feature_request', 'incident', 'technical_issue', 'ugc']);
const fresh: ConversationState = { severity: 4, severitySetBy: null, language: null, triagedAt: null, activeTags: new Set(), agentRemovedTags: new Set() };

const lead = triageMessage({ text: 'Hi, can you send us a quote for 300 seats of the business plan? We want to roll it out next month.', provider: 'email' });
const outage = triageMessage({ text: 'Your whole site is down for everyone, checkout returns 502 errors since 9am!!', provider: 'x' });
const where = triageMessage({ text: 'Hi, where is my order #4471? I have not had a shipping email yet.', provider: 'whatsapp' });

describe('planTriageWrites', () => {
  it('tags a fresh conversation, raises its severity and explains both', () => {
    expect(lead.tags.map((t) => t.key)).toContain('sales_lead');
    const plan = planTriageWrites(lead, fresh, TAGS);
    expect(plan.addTags.map((t) => t.key)).toContain('sales_lead');
    expect(plan.severity).toBe(lead.severity);
    expect(plan.severityChanged).toBe(true);
    expect(plan.setLanguage).toBe('en');
    const tagged = plan.events.find((e) => e.kind === 'tagged')!;
    expect(tagged.summary).toMatch(/^tagged sales_lead \(model, 0\.\d\d: .+\)$/);
    expect(plan.events.find((e) => e.kind === 'severity')!.summary).toBe(`severity SEV3 (${lead.severityReasons.join('; ')})`);
    expect(plan.events.some((e) => e.kind === 'triage')).toBe(false);
  });

  it('never re-adds a tag an agent removed, nor one already there, and says so', () => {
    const plan = planTriageWrites(outage, { ...fresh, severity: 1, triagedAt: new Date(), activeTags: new Set(['technical_issue']), agentRemovedTags: new Set(['incident']) }, TAGS);
    expect(plan.addTags).toEqual([]);
    expect(plan.skipped).toEqual(expect.arrayContaining([{ key: 'incident', reason: 'an agent removed it from this conversation' }]));
    expect(plan.events).toHaveLength(1);
    expect(plan.events[0].kind).toBe('triage');
    expect(plan.events[0].summary).toMatch(/^no new tag: .*incident an agent removed it from this conversation/);
  });

  it('never lowers severity, and never changes an agent-set one', () => {
    const lower = planTriageWrites(lead, { ...fresh, severity: 2, triagedAt: new Date(), activeTags: new Set(['sales_lead']) }, TAGS);
    expect(lower.severity).toBe(2);
    expect(lower.severityChanged).toBe(false);
    expect(lower.events.some((e) => e.kind === 'severity')).toBe(false);

    expect(outage.severity).toBeLessThan(3);
    const agent = planTriageWrites(outage, { ...fresh, severity: 3, severitySetBy: 'member-1', triagedAt: new Date() }, TAGS);
    expect(agent.severity).toBe(3);
    expect(agent.events.find((e) => e.kind === 'severity')!.summary).toMatch(/^severity stays SEV3 \(set by an agent; this message alone would be SEV[12]: /);
  });

  it('explains a message that gets no tag, and keeps the language already known', () => {
    expect(where.tags).toEqual([]);
    const plan = planTriageWrites(where, { ...fresh, language: 'es' }, TAGS);
    expect(plan.setLanguage).toBeNull();
    expect(plan.events.map((e) => e.kind)).toEqual(['severity', 'triage']);
    expect(plan.events[1].summary).toMatch(/^no tag: service question/);
  });

  it('skips tags the workspace does not have', () => {
    const plan = planTriageWrites(lead, fresh, new Set(['incident']));
    expect(plan.addTags).toEqual([]);
    expect(plan.skipped[0]).toEqual({ key: 'sales_lead', reason: 'the workspace has no such tag' });
  });
});
