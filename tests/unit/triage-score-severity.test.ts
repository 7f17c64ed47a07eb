import { describe, expect, it } from 'vitest';
import { scoreSeverity, type SeverityInput } from '@/lib/triage/score-severity';

const sev = (tags: string[], text: string, extra: Partial<SeverityInput> = {}) => scoreSeverity({ tags, text, provider: 'x', author: {}, ...extra });

describe('scoreSeverity', () => {
  it('SEV1 for a breach, with the evidence in the reason', () => {
    const r = sev(['incident'], 'Your booking email showed another guest’s full name and home address. Stop sending these.');
    expect(r.severity).toBe(1);
    expect(r.reasons[0]).toMatch(/incident: reports exposed customer data/);
  });

  it('SEV1 for a journalist asking about a crisis', () => {
    expect(sev(['incident'], 'I am a reporter at the Evening Post; could you comment on the stranded passengers before 6pm?').severity).toBe(1);
  });

  it('SEV1 for an injury and for a legal threat', () => {
    expect(sev(['incident'], 'The stool collapsed and my father fractured his wrist.').severity).toBe(1);
    expect(sev(['incident'], 'My lawyer will file a lawsuit if this is not resolved.').severity).toBe(1);
  });

  it('SEV2 for a suspected outage reported by a few people; SEV3 for a calm recall question', () => {
    expect(sev(['incident'], 'is the app down for everyone? nothing loads').severity).toBe(2);
    expect(sev(['incident'], 'Saw there is a recall on the kettle model, how do I check if mine is affected?').reasons[0]).toMatch(/recall/);
    expect(sev(['incident'], 'Saw there is a recall on the kettle model, how do I check if mine is affected?').severity).toBe(3);
  });

  it('SEV2 for being charged twice', () => {
    const r = sev(['technical_issue'], 'you took my subscription twice this month, £9.99 x2');
    expect(r.severity).toBe(2);
    expect(r.reasons[0]).toMatch(/charged more than once/);
  });

  it('SEV2 for a paying customer blocked against a deadline', () => {
    expect(sev(['technical_issue'], 'We are on the Business plan and cannot export payroll, it is due today.').severity).toBe(2);
    expect(sev(['technical_issue'], 'cannot export payroll, it is due today', { author: { plan: 'enterprise' } }).severity).toBe(2);
    expect(sev(['technical_issue'], 'cannot export payroll, no rush').severity).toBe(3);
  });

  it('SEV2 for a lead over 500 seats or an enterprise contract; SEV3 otherwise', () => {
    const big = sev(['sales_lead'], 'We need a quote for about 1,200 seats across three countries.');
    expect(big.severity).toBe(2);
    expect(big.reasons[0]).toMatch(/large lead: .*1,200 seats/);
    expect(sev(['sales_lead'], 'Please send an Enterprise plan proposal.').severity).toBe(2);
    expect(sev(['sales_lead'], 'How much for 40 seats?').severity).toBe(3);
  });

  it('SEV2 for a strongly angry message from an account with over 50k followers', () => {
    const text = 'ABSOLUTELY PATHETIC. third time your app locked me out this month. fix it!!!';
    expect(sev(['technical_issue'], text, { author: { followers: 2_000 } }).severity).toBe(3);
    const r = sev(['technical_issue'], text, { author: { followers: 80_000, verified: true } });
    expect(r.severity).toBe(2);
    expect(r.reasons.join(' ')).toMatch(/80,000 followers/);
  });

  it('a VIP contact is raised one level', () => {
    const r = sev(['feature_request'], 'please add CSV export', { author: { isVip: true } });
    expect(r.severity).toBe(2);
    expect(r.reasons).toContain('VIP contact: raised one level');
  });

  it('SEV4 for UGC, cosmetic issues and untagged messages', () => {
    expect(sev(['ugc'], 'love my new mug 😍').severity).toBe(4);
    expect(sev(['technical_issue'], 'small thing, not urgent: the logo is blurry on the receipt').severity).toBe(4);
    expect(sev([], 'thanks!').severity).toBe(4);
  });

  it('the most urgent tag decides', () => {
    expect(sev(['ugc', 'feature_request'], 'love it 😍 please add a bigger size').severity).toBe(3);
  });
});
