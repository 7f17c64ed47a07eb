import { describe, expect, it } from 'vitest';
import { checkSendRules, needsHumanAgentTag } from '@/lib/outbound/check-send-rules';

const now = new Date('2026-11-23T09:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('checkSendRules', () => {
  it('allows WhatsApp free-form replies only inside 24 hours, templates always', () => {
    expect(checkSendRules({ provider: 'whatsapp', text: 'hi', lastInboundAt: hoursAgo(23), now })).toBeNull();
    expect(checkSendRules({ provider: 'whatsapp', text: 'hi', lastInboundAt: hoursAgo(25), now })).toMatch(/24 hours/);
    expect(checkSendRules({ provider: 'whatsapp', text: '', lastInboundAt: hoursAgo(48), isTemplate: true, now })).toBeNull();
  });

  it('allows Messenger and Instagram messages up to 7 days, comment replies at any age', () => {
    expect(checkSendRules({ provider: 'messenger', text: 'hi', lastInboundAt: hoursAgo(6 * 24), now })).toBeNull();
    expect(checkSendRules({ provider: 'instagram', text: 'hi', lastInboundAt: hoursAgo(8 * 24), now })).toMatch(/7 days/);
    expect(checkSendRules({ provider: 'instagram', text: 'hi', lastInboundAt: hoursAgo(30 * 24), isComment: true, now })).toBeNull();
    expect(needsHumanAgentTag(hoursAgo(25), now)).toBe(true);
    expect(needsHumanAgentTag(hoursAgo(2), now)).toBe(false);
  });

  it('limits public replies on X to 280 characters, not DMs', () => {
    expect(checkSendRules({ provider: 'x', text: 'a'.repeat(281), lastInboundAt: hoursAgo(1), isPublicReply: true, now })).toMatch(/280/);
    expect(checkSendRules({ provider: 'x', text: 'a'.repeat(281), lastInboundAt: hoursAgo(1), now })).toBeNull();
    // X counts emoji as 2 (twitter-text weighting, shared with the composer's counter).
    expect(checkSendRules({ provider: 'x', text: '😀'.repeat(140), lastInboundAt: hoursAgo(1), isPublicReply: true, now })).toBeNull();
    expect(checkSendRules({ provider: 'x', text: '😀'.repeat(141), lastInboundAt: hoursAgo(1), isPublicReply: true, now })).toMatch(/280/);
  });

  it('refuses an empty reply', () => {
    expect(checkSendRules({ provider: 'sms', text: '  ', lastInboundAt: hoursAgo(1), now })).toMatch(/empty/);
  });
});
