// The whole triage decision for one message, as a pure function: language → tags →
// severity → team, each with its reasons. The triage worker calls this and writes the
// result; the UI and the API show the same reasons.
import { chooseTeam, type TeamKey } from './choose-team';
import { classifyMessageDetailed, classifyRead, type ClassifyDetail } from './classify-message';
import type { AppliedTag, ClassifyInput, MessageSignals } from './classifier/types';
import { detectLanguage } from './detect-language';
import type { HeadKey, TriageModel } from './model/model-types';
import type { ReadMessage } from './model/read-message';
import { scoreSeverity } from './score-severity';

export type TriageInput = ClassifyInput;
// Optional: another model than the shipped one (cross-validation retrains per fold).
export type TriageOptions = { model?: TriageModel; explain?: boolean };

export type TriageResult = {
  language: string;
  languageReason: string;
  tags: AppliedTag[];
  suppressed: { key: string; reason: string }[];
  severity: 1 | 2 | 3 | 4;
  severityReasons: string[];
  team: TeamKey;
  teamReason: string;
  signals: MessageSignals;
};

function finish(input: TriageInput, c: ClassifyDetail, languageReason: string, explain: boolean): TriageResult {
  const severity = scoreSeverity({
    tags: c.tags,
    text: input.text,
    subject: input.subject,
    provider: input.provider,
    channel: input.channel,
    language: c.language,
    author: input.author,
    signals: c.internal,
    incident: c.scores.incident,
    model: { model: c.model, probs: c.probs, features: c.read.features, explain },
  });
  const team = chooseTeam({ tags: c.tags, signals: c.signals });
  return {
    language: c.language,
    languageReason,
    tags: c.tags,
    suppressed: c.suppressed,
    severity: severity.severity,
    severityReasons: severity.reasons,
    team: team.team,
    teamReason: team.reason,
    signals: c.signals,
  };
}

export function triageMessage(input: TriageInput, options: TriageOptions = {}): TriageResult {
  const detected = input.language ? { language: input.language, reason: 'given' } : detectLanguage([input.subject, input.text].filter(Boolean).join('\n'));
  const c = classifyMessageDetailed({ ...input, language: detected.language }, options);
  return finish(input, c, detected.reason, options.explain ?? true);
}

// Triage of a message already read and scored (training tunes thresholds with it).
export function triageRead(input: TriageInput, read: ReadMessage, probs: Record<HeadKey, number>, model: TriageModel, explain = false): TriageResult {
  return finish(input, classifyRead(input, read, probs, model, explain), 'given', explain);
}
