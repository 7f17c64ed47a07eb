// Severity, SEV1 (critical) to SEV4 (low), as a pure function with reasons.
// Each tag proposes a level from what the message says; who says it (followers,
// verified, VIP, paying plan) and how angry they are can raise it. The most urgent wins.
//   1 critical: breach, injury/fire, legal threat, journalist, outage endangering people, viral crisis
//   2 high: other incidents, paying customer blocked, charged twice, data lost, big lead,
//           strongly angry account with over 50k followers, VIP with a problem
//   3 normal: bugs, leads, feature requests      4 low: UGC, thanks, spam, cosmetic, questions
// The rules read explicit evidence (a breach, a seat count, "charged twice"); the model's
// severity heads (trained on the same corpus as the tags) catch what the rules' phrases
// miss: an incident that is critical, a lead or bug that is high, a request that is minor.
import { formatEvidence } from './classifier/describe-evidence';
import { dealSize } from './classifier/extract-quantities';
import {
  BLOCKED_URGENTLY, COSMETIC, CRITICAL_OUTAGE, DATA_LOSS, DOUBLE_CHARGE, ENTERPRISE_DEAL, MONEY_STUCK, PAYING_CUSTOMER,
} from './classifier/lexicon-severity';
import { findSpans } from './classifier/match-cues';
import { readSignals, type Signals } from './classifier/read-signals';
import { scoreDefaultTags, type TagScore } from './classifier/score-default-tags';
import type { AuthorLike, ProviderLike } from './classifier/types';
import { describeHead } from './model/describe-model-tag';
import type { FeatureVector } from './model/extract-features';
import type { HeadKey, TriageModel } from './model/model-types';

export type SeverityInput = {
  tags: ({ key: string } | string)[];
  text: string;
  subject?: string | null;
  provider: ProviderLike;
  channel?: string | null;
  language?: string | null;
  author?: AuthorLike;
  attachments?: { type: string; name?: string | null }[];
  // From classifyMessageDetailed, to avoid reading the text twice.
  signals?: Signals;
  incident?: TagScore;
  // The model's severity heads, when the caller has run it (triageMessage does).
  model?: { model: TriageModel; probs: Record<HeadKey, number>; features: FeatureVector; explain?: boolean };
};

export type Severity = { severity: 1 | 2 | 3 | 4; reasons: string[] };

const PAID_PLANS = /^(pro|business|enterprise|premium|paid|team|plus|scale|growth)/i;

type Proposal = { level: number; reason: string };

function incidentLevel(s: Signals, incident: TagScore, followers: number): Proposal {
  const byKind = (k: string) => incident.evidence.find((e) => e.kind === k);
  for (const k of ['safety', 'legal', 'press', 'breach'] as const) {
    const e = byKind(k);
    if (e) return { level: 1, reason: `incident: ${formatEvidence(e)}` };
  }
  const pr = byKind('pr');
  if (pr && followers >= 100_000) return { level: 1, reason: `incident: ${formatEvidence(pr)} from an account with ${followers.toLocaleString('en')} followers` };
  const outage = byKind('outage');
  if (outage && findSpans(s.text, CRITICAL_OUTAGE).length) return { level: 1, reason: `incident: ${formatEvidence(outage)} and emergency services are affected` };
  const recall = byKind('recall');
  if (recall && incident.kinds.every((k) => k === 'recall') && s.angerLevel < 2) {
    return { level: 3, reason: `incident: a question about a recall (${formatEvidence(recall)}), nobody reported hurt or at risk` };
  }
  const main = incident.evidence[0];
  return { level: 2, reason: `incident: ${main ? formatEvidence(main) : 'reported'}` };
}

function technicalLevel(s: Signals, author: AuthorLike): Proposal {
  const hit = (re: RegExp) => findSpans(s.text, re)[0];
  const quote = (span: [number, number]) => s.text.original.slice(s.text.map[span[0]], s.text.map[span[1]]);
  let span = hit(DOUBLE_CHARGE);
  if (span) return { level: 2, reason: `charged more than once ("${quote(span)}")` };
  span = hit(DATA_LOSS);
  if (span) return { level: 2, reason: `data lost ("${quote(span)}")` };
  span = hit(MONEY_STUCK);
  if (span) return { level: 2, reason: `money taken but not delivered ("${quote(span)}")` };
  const paying = hit(PAYING_CUSTOMER) ?? (author.plan && PAID_PLANS.test(author.plan) ? ([0, 0] as [number, number]) : undefined);
  const urgent = hit(BLOCKED_URGENTLY);
  if (paying && urgent) {
    const who = paying[1] > paying[0] ? `"${quote(paying)}"` : `${author.plan} plan`;
    return { level: 2, reason: `paying customer (${who}) blocked ("${quote(urgent)}")` };
  }
  span = hit(COSMETIC);
  if (span) return { level: 4, reason: `minor issue ("${quote(span)}")` };
  return { level: 3, reason: 'technical issue: normal' };
}

function leadLevel(s: Signals): Proposal {
  const deal = dealSize(s.quantities);
  if (deal?.seatLike && deal.count > 500) return { level: 2, reason: `large lead: ${deal.text}` };
  const span = findSpans(s.text, ENTERPRISE_DEAL)[0];
  if (span) return { level: 2, reason: `large lead: "${s.text.original.slice(s.text.map[span[0]], s.text.map[span[1]])}"` };
  return { level: 3, reason: `sales lead${deal ? ` (${deal.text})` : ''}: normal` };
}

function featureLevel(s: Signals): Proposal {
  const span = findSpans(s.text, COSMETIC)[0];
  return span ? { level: 4, reason: 'feature request: minor' } : { level: 3, reason: 'feature request: normal' };
}

type ModelView = NonNullable<SeverityInput['model']>;

// A severity head above its threshold, with the words that made it fire.
function modelSays(m: ModelView | undefined, head: HeadKey, s: Signals, what: string): string | null {
  if (!m || m.probs[head] < m.model.thresholds[head]) return null;
  const why = m.explain === false ? '' : `: ${describeHead(m.model, head, m.features, s)}`;
  return `${what} (model ${Math.min(0.99, m.probs[head]).toFixed(2)}${why})`;
}

// The model adjusts the rule's proposal for one tag, one level at most.
function adjust(p: Proposal, key: string, m: ModelView | undefined, s: Signals): Proposal {
  if (key === 'incident' && p.level === 2) {
    const r = modelSays(m, 'sev1', s, 'incident: likely critical');
    if (r) return { level: 1, reason: r };
  }
  if ((key === 'technical_issue' || key === 'sales_lead' || key === 'feature_request') && p.level === 3) {
    const high = modelSays(m, 'high', s, `${key.replace('_', ' ')}: likely high`);
    if (high) return { level: 2, reason: high };
    const low = key === 'sales_lead' ? null : modelSays(m, 'low', s, `${key.replace('_', ' ')}: likely minor`);
    if (low) return { level: 4, reason: low };
  }
  return p;
}

export function scoreSeverity(input: SeverityInput): Severity {
  const author = input.author ?? {};
  const keys = new Set(input.tags.map((t) => (typeof t === 'string' ? t : t.key)));
  const s = input.signals ?? readSignals({ ...input, provider: input.provider }, input.language ?? 'und');
  const followers = author.followers ?? 0;

  const proposals: Proposal[] = [];
  const m = input.model;
  if (keys.has('incident')) proposals.push(adjust(incidentLevel(s, input.incident ?? scoreDefaultTags(s, author).incident, followers), 'incident', m, s));
  if (keys.has('technical_issue')) proposals.push(adjust(technicalLevel(s, author), 'technical_issue', m, s));
  if (keys.has('sales_lead')) proposals.push(adjust(leadLevel(s), 'sales_lead', m, s));
  if (keys.has('feature_request')) proposals.push(adjust(featureLevel(s), 'feature_request', m, s));
  if (keys.has('ugc')) proposals.push({ level: 4, reason: 'user-generated content: low' });
  // Custom workspace tags: treated as normal work unless the default tags say otherwise.
  if (!proposals.length && [...keys].some((k) => !['ugc'].includes(k))) proposals.push({ level: 3, reason: 'tagged: normal' });
  if (!proposals.length) proposals.push({ level: 4, reason: s.noise ? `no action needed (${s.noise.replace('_', ' ')})` : 'no tag: low' });

  proposals.sort((a, b) => a.level - b.level);
  let level = proposals[0].level;
  const reasons = proposals.filter((p) => p.level === level).map((p) => p.reason);

  // Who is speaking, and how: a furious post from a big account, or a VIP contact.
  const actionable = keys.size > 0 && !(keys.size === 1 && keys.has('ugc'));
  if (level > 2 && followers > 50_000 && s.angerLevel >= 2 && actionable) {
    level = 2;
    reasons.push(`angry message (${s.anger[0] ? formatEvidence(s.anger[0]) : 'capitals, exclamation marks'}) from an account with ${followers.toLocaleString('en')} followers`);
  }
  if (author.isVip && level > 2 && actionable) {
    level -= 1;
    reasons.push('VIP contact: raised one level');
  }
  return { severity: Math.min(4, Math.max(1, level)) as Severity['severity'], reasons };
}
