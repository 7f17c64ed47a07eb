// What the triage of one message changes on its conversation, as a pure function
// of the decision (triageMessage) and the conversation's current state:
// - tags: add the ones not already on the conversation; never re-add a tag an agent
//   removed from it (the agent knows better than the model), nor a tag the
//   workspace does not have;
// - severity: raised when this message is more severe, never lowered
//   automatically, never changed when an agent set it;
// - the timeline: one event per tag, a severity event, and a "triage" summary when
//   nothing else was written, so every message's triage is explained.
import type { AppliedTag } from './classifier/types';
import type { TriageResult } from './triage-message';

export type ConversationState = {
  severity: number;
  // Set when an agent chose the severity by hand.
  severitySetBy: string | null;
  language: string | null;
  // null until the conversation's first triage.
  triagedAt: Date | null;
  activeTags: ReadonlySet<string>;
  agentRemovedTags: ReadonlySet<string>;
};

export type PlannedEvent = { kind: 'tagged' | 'severity' | 'triage'; summary: string; data: Record<string, unknown> };

export type TriagePlan = {
  addTags: AppliedTag[];
  skipped: { key: string; reason: string }[];
  severity: number;
  severityChanged: boolean;
  setLanguage: string | null;
  events: PlannedEvent[];
};

const sev = (n: number) => `SEV${n}`;

export function describeTag(t: AppliedTag): string {
  return `tagged ${t.key} (${t.source}, ${t.confidence.toFixed(2)}: ${t.reason})`;
}

function untaggedReason(result: TriageResult): string {
  if (result.suppressed.length) return result.suppressed.map((s) => `not ${s.key}: ${s.reason}`).join('; ');
  // chooseTeam explains untagged messages: "untagged, an auto-reply", "untagged service question → support".
  return result.teamReason.replace(/^untagged,?\s*/, '');
}

export function planTriageWrites(result: TriageResult, state: ConversationState, workspaceTagKeys: ReadonlySet<string>): TriagePlan {
  const addTags: AppliedTag[] = [];
  const skipped: TriagePlan['skipped'] = [];
  for (const t of result.tags) {
    if (!workspaceTagKeys.has(t.key)) skipped.push({ key: t.key, reason: 'the workspace has no such tag' });
    else if (state.activeTags.has(t.key)) skipped.push({ key: t.key, reason: 'already tagged' });
    else if (state.agentRemovedTags.has(t.key)) skipped.push({ key: t.key, reason: 'an agent removed it from this conversation' });
    else addTags.push(t);
  }
  const events: PlannedEvent[] = addTags.map((t) => ({
    kind: 'tagged',
    summary: describeTag(t),
    data: { tag: t.key, source: t.source, confidence: t.confidence },
  }));

  const why = result.severityReasons.join('; ');
  let severity = state.severity;
  if (state.severitySetBy) {
    if (result.severity < state.severity) {
      events.push({
        kind: 'severity',
        summary: `severity stays ${sev(state.severity)} (set by an agent; this message alone would be ${sev(result.severity)}: ${why})`,
        data: { severity: state.severity, suggested: result.severity, setBy: 'agent' },
      });
    }
  } else if (result.severity < state.severity) {
    severity = result.severity;
    events.push({ kind: 'severity', summary: `severity ${sev(severity)} (${why})`, data: { severity, from: state.severity, setBy: 'triage' } });
  } else if (!state.triagedAt) {
    events.push({ kind: 'severity', summary: `severity ${sev(state.severity)} (${why})`, data: { severity: state.severity, setBy: 'triage' } });
  }

  if (!addTags.length && !events.some((e) => e.kind === 'severity' && e.data.from !== undefined)) {
    const found = skipped.map((s) => `${s.key} ${s.reason}`);
    const summary = result.tags.length ? `no new tag: ${found.join('; ')}` : `no tag: ${untaggedReason(result)}`;
    events.push({ kind: 'triage', summary, data: { language: result.language, team: result.team, teamReason: result.teamReason, suppressed: result.suppressed } });
  }

  return {
    addTags,
    skipped,
    severity,
    severityChanged: severity !== state.severity,
    setLanguage: state.language ? null : result.language === 'und' ? null : result.language,
    events,
  };
}
