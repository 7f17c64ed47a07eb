import { describe, expect, it } from 'vitest';
import { channelLimits, hardLimitProblem } from '@/lib/outbound/channel-limits';
import { countSmsSegments } from '@/lib/outbound/sms-segments';
import { xWeightedLength } from '@/lib/outbound/x-weighted-length';

const now = new Date('2026-11-23T09:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('countSmsSegments', () => {
  it('fits 160 GSM-7 characters in one SMS and splits at 153 after that', () => {
    expect(countSmsSegments('')).toMatchObject({ encoding: 'GSM-7', units: 0, segments: 0 });
    expect(countSmsSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1, perSegment: 160, capacity: 160 });
    expect(countSmsSegments('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153, capacity: 306 });
    expect(countSmsSegments('a'.repeat(306))).toMatchObject({ segments: 2 });
    expect(countSmsSegments('a'.repeat(307))).toMatchObject({ segments: 3, capacity: 459 });
  });

  it('counts the extension characters (€ [ ] { } ~ ^ | \\) as two', () => {
    expect(countSmsSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSmsSegments('€'.repeat(81))).toMatchObject({ units: 162, segments: 2 });
    expect(countSmsSegments('[]{}~^|\\').units).toBe(16);
    // The GSM alphabet's own accents stay GSM-7.
    expect(countSmsSegments('Café à Zürich, ñ, Ø, ß, Δ').encoding).toBe('GSM-7');
  });

  it('does not split an escape pair across parts', () => {
    // 152 plain + € would straddle the 153 boundary: the € moves to part 2.
    const s = countSmsSegments('a'.repeat(152) + '€' + 'a'.repeat(10));
    expect(s.units).toBe(164);
    expect(s.segments).toBe(2);
    // 306 septets would fit two parts if the pair could be split; it cannot.
    expect(countSmsSegments('a'.repeat(152) + '€' + 'a'.repeat(152)).segments).toBe(3);
  });

  it('switches to UCS-2 (70, then 67) for any character outside GSM-7, and names it', () => {
    expect(countSmsSegments('Hello 😀')).toMatchObject({ encoding: 'UCS-2', units: 8, segments: 1, perSegment: 70, nonGsm: ['😀'] });
    expect(countSmsSegments('你'.repeat(70))).toMatchObject({ encoding: 'UCS-2', segments: 1 });
    expect(countSmsSegments('你'.repeat(71))).toMatchObject({ segments: 2, perSegment: 67, capacity: 134 });
    // Emoji outside the BMP take two UTF-16 units; a pair is never split.
    expect(countSmsSegments('😀'.repeat(35))).toMatchObject({ units: 70, segments: 1 });
    expect(countSmsSegments('😀'.repeat(36))).toMatchObject({ units: 72, segments: 2 });
    expect(countSmsSegments('a' + '😀'.repeat(34)).segments).toBe(1);
    // 134 units would fit two parts of 67 if the pair could be split; it cannot.
    expect(countSmsSegments('a'.repeat(66) + '😀' + 'a'.repeat(66)).segments).toBe(3);
    expect(countSmsSegments('ç and curly ’quotes’').nonGsm).toEqual(['ç', '’']);
  });
});

describe('xWeightedLength (approximating twitter-text v3)', () => {
  it('counts Latin as 1, CJK and emoji as 2', () => {
    expect(xWeightedLength('hello')).toBe(5);
    expect(xWeightedLength('Привет café')).toBe(11);
    expect(xWeightedLength('你好')).toBe(4);
    expect(xWeightedLength('こんにちは')).toBe(10);
    expect(xWeightedLength('😀')).toBe(2);
    expect(xWeightedLength('👍🏽')).toBe(2);
    expect(xWeightedLength('👩‍👩‍👧‍👦')).toBe(2);
    expect(xWeightedLength('🇬🇧')).toBe(2);
    expect(xWeightedLength('“quoted” — ok')).toBe(13);
  });

  it('counts every URL as 23 whatever its length, without trailing punctuation', () => {
    expect(xWeightedLength('https://example.com/a/very/long/path?with=query&and=more')).toBe(23);
    expect(xWeightedLength('see http://x.co.')).toBe(4 + 23 + 1);
    expect(xWeightedLength('www.northwind.test/track/123 now')).toBe(23 + 4);
  });

  it('normalises to NFC (a decomposed é is one character)', () => {
    expect(xWeightedLength('e\u0301')).toBe(1);
  });
});

describe('channelLimits', () => {
  it('shows SMS segments and turns amber once a reply is split; blocks past Twilio’s 1,600', () => {
    expect(channelLimits({ provider: 'sms', text: 'Hi there', lastInboundAt: hoursAgo(1), now })).toMatchObject({ level: 'ok', counter: '1 SMS · 8/160', reason: null, window: null });
    const two = channelLimits({ provider: 'sms', text: 'a'.repeat(214), lastInboundAt: hoursAgo(1), now });
    expect(two).toMatchObject({ level: 'warn', counter: '2 SMS segments · 214/306' });
    expect(two.reason).toMatch(/2 SMS/);
    const uni = channelLimits({ provider: 'sms', text: 'Thanks! 😀 ' + 'a'.repeat(70), lastInboundAt: hoursAgo(1), now });
    expect(uni.counter).toBe('2 SMS segments · 81/134 · Unicode');
    expect(uni.reason).toMatch(/“😀” is not in the GSM alphabet/);
    const long = channelLimits({ provider: 'sms', text: 'a'.repeat(1601), lastInboundAt: hoursAgo(1), now });
    expect(long.level).toBe('block');
    expect(long.reason).toMatch(/1,600 characters/);
    expect(channelLimits({ provider: 'sms', text: '', lastInboundAt: null, now }).counter).toBe('0/160');
  });

  it('counts X public replies with X’s weights against 280; DMs against 10,000', () => {
    const ok = channelLimits({ provider: 'x', text: 'Thanks! https://northwind.test/status', lastInboundAt: hoursAgo(1), isPublicReply: true, now });
    expect(ok).toMatchObject({ level: 'ok', counter: '31/280' });
    expect(channelLimits({ provider: 'x', text: 'a'.repeat(260), lastInboundAt: hoursAgo(1), isPublicReply: true, now }).level).toBe('warn');
    const over = channelLimits({ provider: 'x', text: '你'.repeat(141), lastInboundAt: hoursAgo(1), isPublicReply: true, now });
    expect(over).toMatchObject({ level: 'block', counter: '282/280' });
    expect(over.reason).toMatch(/limited to 280/);
    expect(channelLimits({ provider: 'x', text: 'a'.repeat(500), lastInboundAt: hoursAgo(1), now })).toMatchObject({ level: 'ok', counter: '500/10,000' });
    expect(channelLimits({ provider: 'x', text: 'a'.repeat(10_001), lastInboundAt: hoursAgo(1), now }).level).toBe('block');
  });

  it('keeps the WhatsApp window: open within 24 h (amber in the last 2 h), closed after, blocking free-form', () => {
    const open = channelLimits({ provider: 'whatsapp', text: 'hi', lastInboundAt: hoursAgo(3), now });
    expect(open).toMatchObject({ level: 'ok', counter: '2/4,096', window: { open: true, closesAt: new Date(now.getTime() + 21 * 3_600_000) } });
    const closing = channelLimits({ provider: 'whatsapp', text: 'hi', lastInboundAt: hoursAgo(23), now });
    expect(closing.level).toBe('warn');
    expect(closing.reason).toMatch(/closes in 1 h 0 min/);
    const closed = channelLimits({ provider: 'whatsapp', text: 'hi', lastInboundAt: hoursAgo(25), now });
    // Blocked by the window, while the length itself is fine (the counter stays neutral).
    expect(closed).toMatchObject({ level: 'block', counterLevel: 'ok', window: { open: false } });
    expect(closed.reason).toMatch(/window is closed.*template/);
    expect(channelLimits({ provider: 'whatsapp', text: 'hi', lastInboundAt: null, now }).reason).toMatch(/has not written.*template/);
    // The closed window is the reason shown even when the text is also too long.
    expect(channelLimits({ provider: 'whatsapp', text: 'a'.repeat(5000), lastInboundAt: hoursAgo(30), now }).reason).toMatch(/window is closed/);
    expect(channelLimits({ provider: 'whatsapp', text: 'a'.repeat(4097), lastInboundAt: hoursAgo(1), now }).reason).toMatch(/4,096/);
  });

  it('keeps Messenger and Instagram windows: 24 h, then human agent up to 7 days, never after; comments have none', () => {
    expect(channelLimits({ provider: 'messenger', text: 'hi', lastInboundAt: hoursAgo(2), now })).toMatchObject({ level: 'ok', counter: '2/2,000', window: { open: true } });
    const human = channelLimits({ provider: 'instagram', text: 'hi', lastInboundAt: hoursAgo(48), now });
    expect(human).toMatchObject({ level: 'warn', window: { open: true, humanAgent: true } });
    expect(human.reason).toMatch(/human-agent/);
    const closed = channelLimits({ provider: 'messenger', text: 'hi', lastInboundAt: hoursAgo(8 * 24), now });
    expect(closed).toMatchObject({ level: 'block', window: { open: false } });
    expect(channelLimits({ provider: 'instagram', text: 'hi', lastInboundAt: hoursAgo(30 * 24), isComment: true, now })).toMatchObject({ level: 'ok', window: null });
    expect(channelLimits({ provider: 'instagram', text: 'a'.repeat(1001), lastInboundAt: hoursAgo(1), now }).level).toBe('block');
  });

  it('has no limit for email, chat and the API', () => {
    for (const provider of ['email', 'chat', 'api'] as const) {
      expect(channelLimits({ provider, text: 'a'.repeat(50_000), lastInboundAt: null, now })).toEqual({ level: 'ok', counter: null, counterLevel: 'ok', reason: null, window: null });
    }
  });

  it('hardLimitProblem is what the server refuses (and nothing for short texts)', () => {
    expect(hardLimitProblem('sms', 'a'.repeat(1600))).toBeNull();
    expect(hardLimitProblem('x', '😀'.repeat(141), true)).toMatch(/282/);
    expect(hardLimitProblem('x', '😀'.repeat(141), false)).toBeNull();
    expect(hardLimitProblem('email', 'a'.repeat(100_000))).toBeNull();
  });
});
