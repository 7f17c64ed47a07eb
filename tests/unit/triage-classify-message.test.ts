import { describe, expect, it } from 'vitest';
import { classifyMessage } from '@/lib/triage/classify-message';
import type { ClassifyInput } from '@/lib/triage/classifier/types';

const msg = (text: string, extra: Partial<ClassifyInput> = {}): ClassifyInput => ({ text, provider: 'chat', attachments: [], author: {}, ...extra });
const keys = (input: ClassifyInput) => classifyMessage(input).tags.map((t) => t.key).sort();
const photo = [{ type: 'image', name: 'pic.jpg' }];

describe('classifyMessage: sales_lead', () => {
  it.each([
    ['en', 'Hi, we are a team of 45 and would like a quote for the Business plan with SSO.'],
    ['es', 'Hola, ¿venden al por mayor? Tengo una tienda en Puebla y necesitaría unas 40 unidades al mes.'],
    ['de', 'Wir planen eine Sammelbestellung für unser Büro, was kostet das bei 60 Stück?'],
    ['zh-Hans', '你好，我们公司想批量采购你们的保温杯，请问有团购价吗？'],
    ['ja', '法人向けプランの料金を教えていただけますか。社員は約50名です。'],
  ])('%s: a buying question is a lead', (_lang, text) => {
    expect(keys(msg(text))).toContain('sales_lead');
  });

  it('quotes the deal size in its reason', () => {
    const tag = classifyMessage(msg('Could you send us a quote for 300 seats on annual billing?')).tags.find((t) => t.key === 'sales_lead');
    expect(tag?.reason).toMatch(/quote/);
    expect(tag?.reason).toMatch(/300 seats/);
  });

  it('is not fooled by a negated demo', () => {
    expect(keys(msg("I don't want a demo or a trial, I just can't log in since yesterday, the reset link says expired"))).toEqual(['technical_issue']);
  });

  it('is not a lead when money is a complaint', () => {
    expect(keys(msg('you charged me twice for the same order, £42 x2, please refund one'))).toEqual(['technical_issue']);
  });
});

describe('classifyMessage: feature_request', () => {
  it.each([
    ['en', 'Any plans to add Apple Pay at checkout? Would make reordering so much faster.'],
    ['fr', 'Ce serait top de pouvoir exporter mes factures en PDF directement depuis l’appli.'],
    ['pt', 'Seria ótimo se vocês tivessem a opção de agendar a entrega para o fim de semana.'],
    ['ro', 'Ar fi util să adăugați plata cu cardul la livrare, vă rog.'],
    ['zh-Hant', '希望可以增加深色模式，晚上看真的很刺眼'],
  ])('%s: asking for a capability is a feature request', (_lang, text) => {
    // A feature request first of all; a weaker second reading (the model sometimes
    // hears "exporter … depuis l'appli" as a fault) never outranks it.
    const tags = classifyMessage(msg(text)).tags;
    const fr = tags.find((t) => t.key === 'feature_request');
    expect(fr).toBeDefined();
    for (const t of tags) if (t !== fr) expect(t.confidence).toBeLessThan(fr!.confidence);
  });

  it('"please fix" is a bug, not a request', () => {
    expect(keys(msg('the search keeps crashing when I type an accent, please fix'))).toEqual(['technical_issue']);
  });
});

describe('classifyMessage: incident vs technical_issue', () => {
  it("one customer's bug is a technical issue only", () => {
    expect(keys(msg('The app crashes every time I open my order history. iPhone 15, reinstalled already.'))).toEqual(['technical_issue']);
  });

  it('a widespread outage is an incident, plus technical_issue when the writer describes their own failure', () => {
    expect(keys(msg('is the app down for everyone?? I can’t pay at the till and my whole office has the same problem', { provider: 'x' }))).toEqual(['incident', 'technical_issue']);
  });

  it('a widespread outage without the writer’s own failure is an incident only', () => {
    expect(keys(msg('The whole neighbourhood has had no signal since 6am, status page says all fine', { provider: 'messenger' }))).toEqual(['incident']);
  });

  it.each([
    ['breach', 'Your order confirmation email showed another customer’s full name, address and phone number. This is a data leak.'],
    ['safety', 'The heater you sold me caught fire last night, smoke everywhere, we had to call the fire brigade.'],
    ['legal', 'Unless you refund me within 7 days my lawyer will start legal proceedings.'],
    ['press', 'I am a journalist at the Daily Courier preparing a story on your delivery drivers; could you comment by 5pm?'],
    ['de safety', 'Der Akku ist beim Laden explodiert, mein Sohn hat sich dabei verletzt.'],
    ['zh-Hans breach', '你们是不是泄露了用户信息？我和同事都接到了诈骗电话，对方知道我们的订单号'],
  ])('%s is an incident on its own', (_kind, text) => {
    expect(keys(msg(text))).toContain('incident');
  });

  it('slang "fire" is praise, not a hazard', () => {
    expect(keys(msg('these wings are straight FIRE 🔥🔥 best in town @wingshack', { provider: 'instagram', attachments: photo }))).toEqual(['ugc']);
  });

  it('sarcasm is a complaint, not praise', () => {
    const tags = keys(msg('great job @NetFast 👏 internet down for the whole street again, third time this week 🙃', { provider: 'x' }));
    expect(tags).toContain('incident');
    expect(tags).not.toContain('ugc');
  });
});

describe('classifyMessage: ugc and untagged', () => {
  it('praise with a photo is UGC', () => {
    expect(keys(msg('Sunday pancakes with the new @griddleco pan 🥞😍', { provider: 'instagram', attachments: photo }))).toEqual(['ugc']);
  });

  it('praise without media or a story has no tag', () => {
    expect(keys(msg('great service, thanks'))).toEqual([]);
  });

  it('a photo of damage is evidence, not UGC', () => {
    expect(keys(msg('my lamp arrived with the shade cracked 😭 order #LM-2231, can you send a new one?', { provider: 'instagram', attachments: photo }))).toEqual(['technical_issue']);
  });

  it('a plain order-status question has no tag but is a service question', () => {
    const r = classifyMessage(msg('hi, when will order 55120 ship? no rush, just planning'));
    expect(r.tags).toEqual([]);
    expect(r.signals.serviceQuestion).toBe(true);
  });

  it.each([
    ['spam', '🔥 GET 20K REAL FOLLOWERS IN 24H 🔥 DM us now, 100% legit'],
    ['auto_reply', 'Automatic reply: I am out of the office until Monday with limited access to email.'],
    ['job_application', 'Dear Hiring Manager, please find attached my CV for the Barista position.'],
    ['thanks', 'ok thanks 👍'],
  ])('%s gets no tag', (noise, text) => {
    const r = classifyMessage(msg(text));
    expect(r.tags).toEqual([]);
    expect(r.signals.noise).toBe(noise);
  });
});

describe('classifyMessage: every tag explains itself', () => {
  const samples = [
    msg('Could you send pricing for 80 licences? We are evaluating you against two vendors.'),
    msg('pls add a dark mode 🙏', { provider: 'x' }),
    msg('everyone in our town lost power at 5pm, nobody answers the hotline', { provider: 'messenger' }),
    msg('Error 0x80 when I try to upload a PDF, tried Chrome and Firefox'),
    msg('our trip to the lakes in the new camper van 🚐✨ best weekend', { provider: 'instagram', attachments: photo }),
  ];
  it.each(samples.map((s) => [s.text, s]))('%s', (_t, input) => {
    const { tags } = classifyMessage(input as ClassifyInput);
    expect(tags.length).toBeGreaterThan(0);
    for (const t of tags) {
      expect(t.reason.trim().length).toBeGreaterThan(3);
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(['rule', 'model']).toContain(t.source);
    }
  });
});
