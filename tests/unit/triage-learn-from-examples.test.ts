// Learning from corrections: an agent adds or removes a tag, that becomes a
// TrainingExample, and similar later messages benefit; unrelated ones do not change.
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '@/lib/triage/classify-message';
import type { ClassifyInput, TrainingExampleLike } from '@/lib/triage/classifier/types';

const msg = (text: string, examples: TrainingExampleLike[] = []): ClassifyInput => ({ text, provider: 'chat', author: {}, attachments: [], examples });
const tag = (input: ClassifyInput, key: string) => classifyMessage(input).tags.find((t) => t.key === key);

describe('learning from agent corrections', () => {
  it('a message the model misses gets the tag after one corrective example of a similar message', () => {
    const later = 'do you do gift vouchers for the pottery class? my sister would love it';
    expect(tag(msg(later), 'sales_lead')).toBeUndefined();

    // An agent added sales_lead to an earlier, similar message.
    const examples = [{ text: 'Hi! Do you sell gift vouchers for the pottery classes? It would be for my sister', tagKey: 'sales_lead', label: true }];
    const learned = tag(msg(later, examples), 'sales_lead');
    expect(learned).toBeDefined();
    expect(learned!.source).toBe('model');
    expect(learned!.reason).toMatch(/similar to a message an agent tagged sales_lead \(0\.\d\d similar\)/);
    expect(learned!.confidence).toBeGreaterThan(0.5);
  });

  it('a wrongly applied tag is suppressed after a negative example', () => {
    const text = 'Is your Black Friday price list out yet? Asking for my mum who reads your newsletter';
    expect(tag(msg(text), 'sales_lead')).toBeDefined();

    // An agent removed sales_lead from a near-identical message: it was a newsletter question.
    const examples = [{ text: 'is the black friday price list out yet?? asking for my mum, she reads the newsletter', tagKey: 'sales_lead', label: false }];
    const result = classifyMessage(msg(text, examples));
    expect(result.tags.map((t) => t.key)).not.toContain('sales_lead');
  });

  it('an unrelated message is unaffected by the corrections', () => {
    const examples: TrainingExampleLike[] = [
      { text: 'Hi! Does your studio take bookings for hen parties? We would be around 10 people on a Saturday.', tagKey: 'sales_lead', label: true },
      { text: 'is the black friday price list out yet?? asking for my mum', tagKey: 'sales_lead', label: false },
    ];
    const text = 'The app crashes when I open my order history, reinstalled twice.';
    expect(classifyMessage(msg(text, examples)).tags).toEqual(classifyMessage(msg(text)).tags);
  });

  it('learns a custom workspace tag from examples alone, in any language', () => {
    const examples = [{ text: '请问可以开具增值税专用发票吗？公司报销需要', tagKey: 'invoice_request', label: true }];
    const t = tag(msg('你好，可以开增值税专用发票吗？报销要用', examples), 'invoice_request');
    expect(t?.reason).toMatch(/invoice_request/);
    expect(tag(msg('外卖送到的时候汤洒了一半', examples), 'invoice_request')).toBeUndefined();
  });
});
