// The shipped classifier's evidence layer: per default tag, the matched cues and a
// score (sum of cue weights with diminishing returns, plus context such as media,
// channel and crowd). A tag applies when its score reaches THRESHOLD. The README's
// tie-breaks are applied here, in one place, with the reason they exist.
import { dealSize } from './extract-quantities';
import { FEATURE_CUES, NOT_A_REQUEST } from './lexicon-feature';
import { INCIDENT_CUES, NOT_A_HAZARD } from './lexicon-incident';
import { SALES_CUES } from './lexicon-sales';
import { FIRST_PERSON_SINGULAR, TECHNICAL_CUES } from './lexicon-technical';
import { MOMENT_CUES, STORY_CUES } from './lexicon-ugc';
import { combineWeights, findSpans, matchCues, phrases, type Match } from './match-cues';
import type { Signals } from './read-signals';
import type { AuthorLike, DefaultTagKey, Evidence } from './types';

export const THRESHOLD = 1;

export type TagScore = { key: DefaultTagKey; score: number; evidence: Evidence[]; kinds: string[] };
export type DefaultTagScores = Record<DefaultTagKey, TagScore>;

const NOT_A_REQUEST_RE = phrases(NOT_A_REQUEST);
const NOT_A_HAZARD_RE = phrases(NOT_A_HAZARD);
const SOCIAL = /^(instagram|x|facebook|messenger|tiktok|threads)$/;
// Incident kinds that need many people affected: one customer's outage is a bug.
const NEEDS_CROWD = new Set(['outage', 'billing', 'breach-suspected']);
const OUTAGE_LIKE = new Set(['outage', 'billing']);

const ev = (label: string, quote: string, weight: number): Evidence => ({ label, quote, weight });
const score = (key: DefaultTagKey, evidence: Evidence[], bonus = 0, kinds: string[] = []): TagScore => ({
  key,
  score: evidence.length ? combineWeights(evidence) + bonus : 0,
  evidence,
  kinds,
});

function scoreSales(s: Signals): TagScore {
  const matches = matchCues(s.text, SALES_CUES, s.language);
  const deal = dealSize(s.quantities);
  // A stated size ("for 300 seats") makes an inquiry more clearly commercial.
  return score('sales_lead', matches, deal && matches.length ? 0.3 : 0);
}

function scoreFeature(s: Signals): TagScore {
  const exclude = findSpans(s.text, NOT_A_REQUEST_RE);
  return score('feature_request', matchCues(s.text, FEATURE_CUES, s.language, exclude));
}

// "Why can't I add my card to Google Pay?" asks for a capability; its "can't" is not a bug.
const MISSING_RE = FEATURE_CUES.find((c) => c.label === 'says a capability is missing')!.re;

function scoreIncident(s: Signals, author: AuthorLike, failures: Evidence[]): TagScore {
  const matches: Match[] = matchCues(s.text, INCIDENT_CUES, s.language, findSpans(s.text, NOT_A_HAZARD_RE));
  // A failure that many people share is an outage, whatever words describe it.
  const real = failures.filter((f) => f.weight >= THRESHOLD);
  if (real.length && s.crowd.length && !matches.some((m) => m.kind === 'outage')) {
    const f = real[0];
    matches.push({ label: 'reports a failure affecting many', quote: f.quote, weight: 0.9, kind: 'outage', index: 0, end: 0 });
  }
  const reach = (author.followers ?? 0) >= 10_000 || !!author.verified;
  const crowd = s.crowd.length > 0;
  const counted = matches.filter((m) => {
    if (m.kind === 'pr-weak') return crowd || reach || s.angerLevel >= 2;
    if (NEEDS_CROWD.has(m.kind ?? '')) return crowd;
    return true;
  });
  const evidence: Evidence[] = [...counted];
  // Many people affected strengthens whatever was reported.
  if (crowd && counted.length) evidence.push(ev(s.crowd[0].label, s.crowd[0].quote, 0.6));
  return score('incident', evidence, 0, counted.map((m) => m.kind ?? ''));
}

const OUTAGE_CUES = INCIDENT_CUES.filter((c) => OUTAGE_LIKE.has(c.kind ?? ''));

function technicalEvidence(s: Signals): { failures: Evidence[]; outages: Evidence[] } {
  const failures: Evidence[] = matchCues(s.text, TECHNICAL_CUES, s.language, findSpans(s.text, MISSING_RE));
  // "The app is down" from one person is that person's problem (unless many are affected).
  const outages: Evidence[] = matchCues(s.text, OUTAGE_CUES, s.language).map((m) => ({ ...m, weight: 0.9 }));
  return { failures, outages };
}

// UGC signals are independent (a photo, praise, a story, a detailed 5-star review), so
// they add up plainly; problems and anger subtract.
function scoreUgc(s: Signals, others: { incident: number; technical: number; feature: number; sales: number }): TagScore {
  const evidence: Evidence[] = [];
  let bonus = 0;
  if (s.media) evidence.push(ev(s.media > 1 ? `shares ${s.media} photos or videos` : 'shares a photo or video', '', 0.8));
  else if (s.mediaMentioned) evidence.push(ev('mentions a photo or video', '', 0.3));
  const praised = s.praise.length > 0 && !s.sarcastic;
  if (praised) evidence.push(ev(s.praise[0].label, s.praise[0].quote, 0.6));
  const story = matchCues(s.text, STORY_CUES, s.language);
  if (story.length) evidence.push(ev(story[0].label, story[0].quote, 0.8));
  const moment = matchCues(s.text, MOMENT_CUES, s.language);
  if (moment.length) evidence.push(ev(moment[0].label, moment[0].quote, 0.4));
  // A post with a photo on a social network, tagging the brand or not, is the classic UGC.
  if ((s.brandMention || s.media) && SOCIAL.test(s.channel) && evidence.length) bonus += 0.2;
  // A detailed 4-5 star review is a testimonial even without a photo.
  if ((s.stars ?? 0) >= 4 && s.words >= 12 && !s.media) evidence.push(ev(`a ${s.stars}-star review with detail`, '', 0.6));
  if (!evidence.length) return score('ugc', []);
  // A problem, a crisis or anger is not marketing material; a photo of damage is evidence.
  if (others.incident) bonus -= 1.5;
  if (others.technical) bonus -= s.media && s.praise.length >= 2 ? 0.3 : 0.7;
  if (s.sarcastic) bonus -= 0.8;
  else if (s.angerLevel >= 2) bonus -= 0.5;
  if ((s.stars ?? 5) <= 3) bonus -= 0.6;
  // Praise wrapped around a request, with nothing to show, is feedback, not content.
  if (!s.media && (others.feature || others.sales)) bonus -= 0.6;
  const total = evidence.reduce((sum, e) => sum + e.weight, 0) + bonus;
  return { key: 'ugc', score: Math.max(0, total), evidence, kinds: [] };
}

export function scoreDefaultTags(s: Signals, author: AuthorLike): DefaultTagScores {
  const sales = scoreSales(s);
  const feature = scoreFeature(s);
  const { failures, outages } = technicalEvidence(s);
  const incident = scoreIncident(s, author, failures);
  const on = (t: TagScore) => (t.score >= THRESHOLD ? t.score : 0);
  let technical = score('technical_issue', on(incident) ? failures : [...failures, ...outages]);

  // Tie-break: an outage or mass billing error is an incident, and also a technical
  // issue only when the writer describes their own failure; breaches, injuries, legal
  // threats and press are incidents alone.
  if (on(incident)) {
    const outageLike = incident.kinds.some((k) => OUTAGE_LIKE.has(k));
    const own = FIRST_PERSON_SINGULAR.test(s.text.folded) && !/(暂时还好|暫時還好|we'?re fine|not affected)/.test(s.text.folded);
    const standalone = incident.kinds.some((k) => !NEEDS_CROWD.has(k) && !['pr-weak', 'safety-risk', 'recall'].includes(k));
    technical = outageLike && own && !standalone ? score('technical_issue', [...failures, ...outages]) : score('technical_issue', []);
  }
  // Sarcasm with nothing else to go on is still a complaint about the service.
  if (!on(incident) && !on(technical) && !on(sales) && !on(feature) && s.sarcastic && !s.noise) {
    technical = score('technical_issue', [ev('sarcastic complaint', s.anger[0]?.quote ?? '', THRESHOLD)]);
  }
  const ugc = scoreUgc(s, { incident: on(incident), technical: on(technical), feature: on(feature), sales: on(sales) });
  return { sales_lead: sales, feature_request: feature, incident, technical_issue: technical, ugc };
}

export { type Match };
