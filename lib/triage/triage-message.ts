// The whole triage decision for one message, as a pure function: language → tags →
// severity → team, each with its reasons. The triage worker calls this and writes the
// result; the UI and the API show the same reasons.
import { chooseTeam, type TeamKey } from './choose-team';
import { classifyMessageDetailed } from './classify-message';
import type { AppliedTag, ClassifyInput, MessageSignals } from './classifier/types';
import { detectLanguage } from './detect-language';
import { scoreSeverity } from './score-severity';

export type TriageInput = ClassifyInput;

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

export function triageMessage(input: TriageInput): TriageResult {
  const detected = input.language ? { language: input.language, reason: 'given' } : detectLanguage([input.subject, input.text].filter(Boolean).join('\n'));
  const c = classifyMessageDetailed({ ...input, language: detected.language });
  const severity = scoreSeverity({
    tags: c.tags,
    text: input.text,
    subject: input.subject,
    provider: input.provider,
    channel: input.channel,
    language: detected.language,
    author: input.author,
    signals: c.internal,
    incident: c.scores.incident,
  });
  const team = chooseTeam({ tags: c.tags, signals: c.signals });
  return {
    language: detected.language,
    languageReason: detected.reason,
    tags: c.tags,
    suppressed: c.suppressed,
    severity: severity.severity,
    severityReasons: severity.reasons,
    team: team.team,
    teamReason: team.reason,
    signals: c.signals,
  };
}
