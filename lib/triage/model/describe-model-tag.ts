// The reason shown next to a tag the model applied: the strongest lexicon cue it
// relied on (in English, with the customer's words), the strongest phrases of the
// message, telling context (a photo, sarcasm, many people affected), and the model's
// calibrated probability, e.g.
//   asks for a quote ("send us a quote") for 300 seats; key words "300 seats", "annual billing" (model 0.91)
import { dealSize } from '../classifier/extract-quantities';
import type { Signals } from '../classifier/read-signals';
import type { FeatureVector } from './extract-features';
import { explainHead } from './explain-head';
import type { HeadKey, TriageModel } from './model-types';

// Context labels that say something to a person; the rest (channel, length) only help the model.
const TELLING = /photo|video|praise|sarcasm|angry|affected|many|everyone|deal size|star|document|link|spam|reply|job|thank/;

export function describeHead(model: TriageModel, head: HeadKey, features: FeatureVector, s: Signals): string {
  const ex = explainHead(model, head, features, s.text);
  const parts: string[] = [];
  const cue = ex.cues.find((c) => c.quote !== undefined && c.label !== 'a deal size') ?? ex.cues.find((c) => TELLING.test(c.label));
  if (cue) parts.push(cue.quote ? `${cue.label} ("${cue.quote}")` : cue.label);
  if (head === 'sales_lead') {
    const deal = dealSize(s.quantities);
    if (deal && parts.length) parts[0] += ` for ${deal.text.replace(/^[^\p{L}\p{N}~]+/u, '')}`;
  }
  const quoted = cue?.quote ? ex.phrases.filter((p) => !cue.quote!.includes(p) && !p.includes(cue.quote!)) : ex.phrases;
  if (quoted.length) parts.push(`key words ${quoted.slice(0, 3).map((p) => `"${p}"`).join(', ')}`);
  const context = ex.cues.find((c) => c !== cue && c.quote === undefined && TELLING.test(c.label));
  if (context) parts.push(context.label);
  return parts.join('; ') || head.replace('_', ' ');
}

export function describeModelTag(model: TriageModel, head: HeadKey, probability: number, features: FeatureVector, s: Signals): string {
  return `${describeHead(model, head, features, s)} (model ${Math.min(0.99, probability).toFixed(2)})`;
}
