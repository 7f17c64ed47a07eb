import { describe, expect, it } from 'vitest';
import { detectCrisis, type ActiveCrisis, type CrisisCandidate } from '@/lib/triage/detect-crisis';
import { extractTopicTerms, parseSignature, sharedWeight } from '@/lib/triage/extract-topic-terms';

const now = new Date('2026-11-23T09:30:00Z');
const ago = (min: number) => new Date(now.getTime() - min * 60_000);

let seq = 0;
function report(text: string, channelId: string, minutesAgo: number, extra: Partial<CrisisCandidate> = {}): CrisisCandidate {
  seq += 1;
  return { conversationId: `c${seq}`, channelId, severity: 2, crisisId: null, text, firstAt: ago(minutesAgo), lastAt: ago(minutesAgo), ...extra };
}

const checkout = {
  en: '@northwind your checkout is broken, payment fails with error 502 every single time',
  es: 'No puedo pagar: el checkout de Northwind da error 502 al finalizar la compra',
  zh: '結帳的時候付款一直失敗，顯示 502 錯誤',
  de: 'Zahlung im Checkout geht nicht, Fehler 502',
  ja: '決済ができません。チェックアウトでエラー502が出ます',
  ro: 'Nu pot plăti, plata dă eroare la checkout',
};

describe('extractTopicTerms', () => {
  it('maps the same topic in different languages onto shared concepts and error codes', () => {
    const en = extractTopicTerms(checkout.en, new Set(['northwind']));
    for (const text of [checkout.es, checkout.zh, checkout.de, checkout.ja]) {
      const other = extractTopicTerms(text, new Set(['northwind']));
      expect([...other.keys()]).toEqual(expect.arrayContaining(['checkout', 'payment', 'code:502']));
      expect(sharedWeight(en, other)).toBeGreaterThanOrEqual(3.5);
    }
  });

  it('drops handles, links, stop words and the brand; keeps salient words and CJK bigrams no concept knows', () => {
    const t = extractTopicTerms('@northwind Northwind the Trailblazer headlamp still melted again https://x.co/abc', new Set(['northwind']));
    expect([...t.keys()].sort()).toEqual(['battery', 'headlamp', 'trailblazer']);
    const zh = extractTopicTerms('露營燈的鋰電池膨脹了');
    expect(zh.has('battery')).toBe(true); // 電池
    expect(zh.has('露營')).toBe(true);
    expect([...zh.keys()].some((k) => k.includes('的') || k.includes('了'))).toBe(false);
  });

  it('does not confuse words that merely start alike', () => {
    const t = extractTopicTerms('I downloaded the apple cardigan catalogue');
    expect(t.has('failure')).toBe(false); // "downloaded" is not "down"
    expect(t.has('app')).toBe(false);
    expect(t.has('card')).toBe(false);
  });

  it('reads stored signatures back, including the seed format', () => {
    expect([...parseSignature('checkout|payment|failure|code:502').keys()]).toEqual(['checkout', 'payment', 'failure', 'code:502']);
    const seed = parseSignature('checkout|payment could not be processed|psp-502');
    expect(sharedWeight(seed, extractTopicTerms('Checkout says payment could not be processed'))).toBeGreaterThanOrEqual(2);
    expect(seed.has('code:502')).toBe(true);
  });
});

describe('detectCrisis', () => {
  it('creates a crisis from 3 reports about the same thing on 2 channels within 15 minutes, in 3 languages', () => {
    const a = report(checkout.en, 'x', 9);
    const b = report(checkout.es, 'whatsapp', 5);
    const c = report(checkout.zh, 'messenger', 0);
    const unrelated = report('The app will not let me log in since the update', 'x', 3);
    const d = detectCrisis({ triggerId: c.conversationId, candidates: [a, b, c, unrelated], crises: [], now, ignoreTerms: ['Northwind Outfitters'] });
    expect(d.action).toBe('create');
    if (d.action === 'none') return;
    expect(d.link.sort()).toEqual([a, b, c].map((r) => r.conversationId).sort());
    expect(d.signature.split('|')).toEqual(expect.arrayContaining(['checkout', 'payment', 'code:502']));
    expect(d.title).toBe('checkout payment errors (502)');
    expect(d.severity).toBe(2);
    expect(d.summary).toBe('part of crisis: checkout payment errors (502) (3 conversations in 9 min on 3 channels)');
    expect(d.startedAt).toEqual(ago(9));
  });

  it('is SEV1 with 5 or more conversations, or when one of them is SEV1', () => {
    const five = Object.values(checkout).slice(0, 5).map((t, i) => report(t, `ch${i % 2}`, i));
    const d5 = detectCrisis({ triggerId: five[0].conversationId, candidates: five, crises: [], now });
    expect(d5.action === 'create' && d5.severity).toBe(1);
    expect(d5.action === 'create' && d5.severityReason).toMatch(/5 conversations/);

    const three = [report(checkout.en, 'x', 3, { severity: 1 }), report(checkout.de, 'email', 2), report(checkout.ja, 'x', 1)];
    const d3 = detectCrisis({ triggerId: three[2].conversationId, candidates: three, crises: [], now });
    expect(d3.action === 'create' && d3.severity).toBe(1);
  });

  it('needs 3 conversations, 2 channels, the same topic and the last 15 minutes', () => {
    const two = [report(checkout.en, 'x', 2), report(checkout.es, 'sms', 1)];
    expect(detectCrisis({ triggerId: two[1].conversationId, candidates: two, crises: [], now })).toEqual({ action: 'none', reason: '2 similar incident reports in 15 min; a crisis needs 3' });

    const oneChannel = [report(checkout.en, 'x', 3), report(checkout.es, 'x', 2), report(checkout.de, 'x', 1)];
    const d = detectCrisis({ triggerId: oneChannel[2].conversationId, candidates: oneChannel, crises: [], now });
    expect(d).toEqual({ action: 'none', reason: '3 similar incident reports in 15 min, but all on one channel' });

    const mixed = [
      report('Data breach? I got a phishing mail with my order details', 'email', 4),
      report('The Trailblazer headlamp battery overheated and caught fire', 'x', 3),
      report(checkout.en, 'sms', 0),
    ];
    expect(detectCrisis({ triggerId: mixed[2].conversationId, candidates: mixed, crises: [], now }).action).toBe('none');

    const stale = [report(checkout.en, 'x', 40), report(checkout.es, 'sms', 20), report(checkout.de, 'email', 0)];
    expect(detectCrisis({ triggerId: stale[2].conversationId, candidates: stale, crises: [], now }).action).toBe('none');
  });

  it('extends an active crisis about the same thing instead of opening a second one', () => {
    const crisis: ActiveCrisis = {
      id: 'k1', title: 'checkout payment errors (502)', signature: 'checkout|payment|failure|code:502', startedAt: ago(30), lastSeenAt: ago(4),
      conversationCount: 3, channelIds: ['x', 'sms'], minSeverity: 2,
    };
    const linked = report(checkout.en, 'x', 4, { crisisId: 'k1' });
    const other = report(checkout.ro, 'email', 2);
    const trigger = report(checkout.ja, 'instagram', 0);
    const d = detectCrisis({ triggerId: trigger.conversationId, candidates: [linked, other, trigger], crises: [crisis], now });
    expect(d.action).toBe('extend');
    if (d.action === 'none') return;
    expect(d.crisisId).toBe('k1');
    expect(d.link.sort()).toEqual([other.conversationId, trigger.conversationId].sort());
    expect(d.conversations).toBe(5);
    expect(d.channels).toBe(4);
    expect(d.severity).toBe(1); // 5 conversations now
    expect(d.summary).toBe('part of crisis: checkout payment errors (502) (5 conversations in 30 min on 4 channels)');

    // A report about something else does not join it; an hour-old crisis is over.
    const login = report('Cannot log in, the app says error 401', 'x', 0);
    expect(detectCrisis({ triggerId: login.conversationId, candidates: [login], crises: [crisis], now }).action).toBe('none');
    const over = { ...crisis, lastSeenAt: ago(61) };
    expect(detectCrisis({ triggerId: trigger.conversationId, candidates: [trigger], crises: [over], now }).action).toBe('none');
  });

  it('a conversation already in the crisis extends it (idempotent re-run) without linking it twice', () => {
    const crisis: ActiveCrisis = {
      id: 'k2', title: 't', signature: 'checkout|payment', startedAt: ago(10), lastSeenAt: ago(1), conversationCount: 3, channelIds: ['x', 'sms'], minSeverity: 2,
    };
    const again = report(checkout.en, 'x', 1, { conversationId: 'a', crisisId: 'k2' });
    const d = detectCrisis({ triggerId: 'a', candidates: [again], crises: [crisis], now });
    expect(d.action === 'extend' && d.link).toEqual([]);
    expect(d.action === 'extend' && d.conversations).toBe(3);
  });
});

describe('detectCrisis, reports that join late', () => {
  it('moves the start of a crisis back to the earliest report that joins it', () => {
    const crisis: ActiveCrisis = {
      id: 'k3', title: 't', signature: 'checkout|payment|code:502', startedAt: ago(2), lastSeenAt: ago(1), conversationCount: 3, channelIds: ['x', 'sms'], minSeverity: 2,
    };
    const early = report(checkout.en, 'email', 6);
    const d = detectCrisis({ triggerId: early.conversationId, candidates: [early], crises: [crisis], now });
    expect(d.action === 'extend' && d.startedAt).toEqual(ago(6));
    expect(d.action === 'extend' && d.minutes).toBe(5);
  });
});
