// Crisis detection as a pure function: is this incident report part of a spike of
// reports about the same thing, across channels, within minutes?
//
// Rules (CRISIS_RULES):
// - A new crisis needs at least 3 conversations tagged incident within 15 minutes,
//   from at least 2 channels, whose reports share a topic with the new one: shared
//   term weight ≥ 1.5 (extract-topic-terms.ts: two shared concepts such as checkout +
//   payment, or one concept + "it fails", or an error code like 502, in any language).
// - The crisis signature is the new report's terms that at least half of the group
//   (and at least 2) share; the title is made of them ("checkout payment errors (502)").
// - A report that matches an active crisis (last report under an hour ago) extends
//   it instead: never a second crisis about the same thing.
// - Severity of every conversation in it: at least SEV2; SEV1 once 5 or more
//   conversations are in it, or when any of them is already SEV1 — a crisis that
//   large is public, and one SEV1 report (safety, breach) makes the whole group one.
import { SYMPTOM } from './crisis-concepts';
import { extractTopicTerms, parseSignature, sharedWeight, type TopicTerm, type TopicTerms } from './extract-topic-terms';

export const CRISIS_RULES = { windowMinutes: 15, extendMinutes: 60, minConversations: 3, minChannels: 2, minShared: 1.5, sev1Conversations: 5, maxTerms: 8 };

export type CrisisCandidate = {
  conversationId: string;
  channelId: string;
  severity: number;
  crisisId: string | null;
  // Its incident reports in the window, joined.
  text: string;
  firstAt: Date;
  lastAt: Date;
};

export type ActiveCrisis = {
  id: string;
  title: string;
  signature: string;
  startedAt: Date;
  lastSeenAt: Date;
  // What is in it already (counted in SQL: a crisis may hold thousands).
  conversationCount: number;
  channelIds: string[];
  minSeverity: number;
};

export type CrisisInput = {
  triggerId: string;
  candidates: CrisisCandidate[];
  crises: ActiveCrisis[];
  now: Date;
  // Words every report shares that say nothing (the workspace's own name).
  ignoreTerms?: string[];
};

export type CrisisFound = {
  action: 'create' | 'extend';
  crisisId: string | null;
  title: string;
  signature: string;
  // Conversations to add to the crisis now (the trigger among them unless already in).
  link: string[];
  conversations: number;
  channels: number;
  minutes: number;
  startedAt: Date;
  lastSeenAt: Date;
  severity: 1 | 2;
  severityReason: string;
  summary: string;
};

export type CrisisDecision = { action: 'none'; reason: string } | CrisisFound;

const MIN = 60_000;

function titleOf(terms: (TopicTerm & { df: number })[]): string {
  const ranked = [...terms].sort((a, b) => b.df - a.df || b.weight - a.weight);
  const codes = ranked.filter((t) => t.id.startsWith('code:')).map((t) => t.label);
  const subjects = ranked.filter((t) => t.id !== SYMPTOM && !t.id.startsWith('code:')).slice(0, 3);
  const hazard = subjects.some((t) => t.weight >= 1.5);
  const words = subjects.map((t) => t.label);
  if (!words.length) words.push('incident reports');
  else if (!hazard && ranked.some((t) => t.id === SYMPTOM)) words.push('errors');
  return `${words.join(' ')}${codes.length ? ` (${codes.slice(0, 2).join(', ')})` : ''}`;
}

function severityOf(conversations: number, anySev1: boolean, title: string): { severity: 1 | 2; severityReason: string } {
  if (conversations >= CRISIS_RULES.sev1Conversations) return { severity: 1, severityReason: `crisis: ${conversations} conversations about ${title}` };
  if (anySev1) return { severity: 1, severityReason: `crisis: ${title}, with a SEV1 report among them` };
  return { severity: 2, severityReason: `crisis: ${title}` };
}

function describe(d: Omit<CrisisFound, 'summary' | 'severity' | 'severityReason'>, anySev1: boolean): CrisisFound {
  const sev = severityOf(d.conversations, anySev1, d.title);
  const summary = `part of crisis: ${d.title} (${d.conversations} conversations in ${Math.max(1, d.minutes)} min on ${d.channels} channel${d.channels === 1 ? '' : 's'})`;
  return { ...d, ...sev, summary };
}

function extend(crisis: ActiveCrisis, trigger: CrisisCandidate, candidates: CrisisCandidate[], termsOf: (c: CrisisCandidate) => TopicTerms): CrisisFound {
  const signature = parseSignature(crisis.signature);
  const joining = candidates.filter(
    (c) => c.conversationId === trigger.conversationId || (!c.crisisId && sharedWeight(signature, termsOf(c)) >= CRISIS_RULES.minShared),
  );
  const link = joining.filter((c) => c.crisisId !== crisis.id).map((c) => c.conversationId);
  const channels = new Set([...crisis.channelIds, ...joining.map((c) => c.channelId)]);
  // A report written before the crisis was noticed moves its start back.
  const startedAt = new Date(Math.min(crisis.startedAt.getTime(), ...joining.map((c) => c.firstAt.getTime())));
  const lastSeenAt = new Date(Math.max(crisis.lastSeenAt.getTime(), ...joining.map((c) => c.lastAt.getTime())));
  const anySev1 = crisis.minSeverity === 1 || joining.some((c) => c.severity === 1);
  return describe(
    {
      action: 'extend', crisisId: crisis.id, title: crisis.title, signature: crisis.signature, link, conversations: crisis.conversationCount + link.length, channels: channels.size,
      minutes: Math.round((lastSeenAt.getTime() - startedAt.getTime()) / MIN), startedAt, lastSeenAt,
    },
    anySev1,
  );
}

export function detectCrisis(input: CrisisInput): CrisisDecision {
  const { now } = input;
  const ignore = new Set((input.ignoreTerms ?? []).flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
  const since = now.getTime() - CRISIS_RULES.windowMinutes * MIN;
  const candidates = input.candidates.filter((c) => c.lastAt.getTime() >= since);
  const trigger = candidates.find((c) => c.conversationId === input.triggerId);
  if (!trigger) return { action: 'none', reason: 'not an incident report of the last minutes' };

  const cache = new Map<string, TopicTerms>();
  const termsOf = (c: CrisisCandidate) => {
    let t = cache.get(c.conversationId);
    if (!t) cache.set(c.conversationId, (t = extractTopicTerms(c.text, ignore)));
    return t;
  };
  const mine = termsOf(trigger);

  // An active crisis about the same thing grows; it is never duplicated.
  const live = input.crises.filter((k) => k.lastSeenAt.getTime() >= now.getTime() - CRISIS_RULES.extendMinutes * MIN);
  const own = live.find((k) => k.id === trigger.crisisId);
  if (own) return extend(own, trigger, candidates, termsOf);
  const best = live
    .map((k) => ({ k, w: sharedWeight(mine, parseSignature(k.signature)) }))
    .filter((m) => m.w >= CRISIS_RULES.minShared)
    .sort((a, b) => b.w - a.w)[0];
  if (best) return extend(best.k, trigger, candidates, termsOf);

  // A new crisis: the reports that share the new one's topic...
  let group = [trigger, ...candidates.filter((c) => c !== trigger && !c.crisisId && sharedWeight(mine, termsOf(c)) >= CRISIS_RULES.minShared)];
  // ...and what most of them have in common is the signature.
  const need = Math.max(2, Math.ceil(group.length / 2));
  const common = [...mine.values()]
    .map((t) => ({ ...t, df: group.filter((c) => termsOf(c).has(t.id)).length }))
    .filter((t) => t.df >= need)
    .sort((a, b) => b.df - a.df || b.weight - a.weight)
    .slice(0, CRISIS_RULES.maxTerms);
  const signatureTerms: TopicTerms = new Map(common.map((t) => [t.id, t]));
  group = group.filter((c) => c === trigger || sharedWeight(signatureTerms, termsOf(c)) >= CRISIS_RULES.minShared);

  const channels = new Set(group.map((c) => c.channelId));
  const window = `${CRISIS_RULES.windowMinutes} min`;
  if (group.length < CRISIS_RULES.minConversations) {
    return { action: 'none', reason: `${group.length} similar incident report${group.length === 1 ? '' : 's'} in ${window}; a crisis needs ${CRISIS_RULES.minConversations}` };
  }
  if (channels.size < CRISIS_RULES.minChannels) return { action: 'none', reason: `${group.length} similar incident reports in ${window}, but all on one channel` };

  const startedAt = new Date(Math.min(...group.map((c) => c.firstAt.getTime())));
  const lastSeenAt = new Date(Math.max(...group.map((c) => c.lastAt.getTime())));
  return describe(
    {
      action: 'create', crisisId: null, title: titleOf(common), signature: common.map((t) => t.id).join('|'),
      link: group.map((c) => c.conversationId), conversations: group.length, channels: channels.size,
      minutes: Math.round((lastSeenAt.getTime() - startedAt.getTime()) / MIN), startedAt, lastSeenAt,
    },
    group.some((c) => c.severity === 1),
  );
}
