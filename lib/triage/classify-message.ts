// Tags a message: a pure function from the message (and the workspace's rules and
// corrections) to tags, each with a source, a confidence and a reason a person reads.
//
// Layers, in order of authority:
//   1. workspace rules (TagRule): explicit, set by a manager → source "rule";
//   2. agent corrections (TrainingExample): a similar message was tagged or untagged
//      by an agent → adds or suppresses a tag, source "model";
//   3. the shipped classifier: multilingual evidence cues plus context (media, channel,
//      crowd, tone), with the README's tie-breaks → source "model".
import { applyWorkspaceRules } from './classifier/apply-workspace-rules';
import { confidenceOf, describeTag } from './classifier/describe-evidence';
import { judgeByExamples } from './classifier/learn-from-examples';
import { readSignals, type Signals } from './classifier/read-signals';
import { scoreDefaultTags, THRESHOLD, type DefaultTagScores } from './classifier/score-default-tags';
import { DEFAULT_TAG_KEYS, type AppliedTag, type ClassifyInput, type ClassifyResult } from './classifier/types';
import { detectLanguage } from './detect-language';

export type ClassifyDetail = ClassifyResult & {
  suppressed: { key: string; reason: string }[];
  scores: DefaultTagScores;
  internal: Signals;
};

// Messages that need no tag at all: the model stays silent (rules still apply).
const SILENT_NOISE = new Set(['spam', 'auto_reply', 'job_application', 'opt_out', 'thanks']);

export function classifyMessageDetailed(input: ClassifyInput): ClassifyDetail {
  const language = input.language || detectLanguage([input.subject, input.text].filter(Boolean).join('\n')).language;
  const s = readSignals(input, language);
  const scores = scoreDefaultTags(s, input.author ?? {});
  const allowed = input.workspaceTags ? new Set(input.workspaceTags.map((t) => t.key)) : null;

  const model = new Map<string, AppliedTag>();
  if (!s.noise || !SILENT_NOISE.has(s.noise)) {
    for (const key of DEFAULT_TAG_KEYS) {
      const t = scores[key];
      if (t.score >= THRESHOLD) model.set(key, { key, source: 'model', confidence: confidenceOf(t.score), reason: describeTag(t, s) });
    }
  }

  // Agent corrections override the shipped model on similar messages.
  const suppressed: { key: string; reason: string }[] = [];
  for (const v of judgeByExamples([input.subject, input.text].filter(Boolean).join('\n'), input.examples)) {
    if (v.apply) {
      const prev = model.get(v.key);
      const confidence = Math.round(Math.min(0.99, Math.max(prev?.confidence ?? 0, v.similarity)) * 100) / 100;
      model.set(v.key, { key: v.key, source: 'model', confidence, reason: prev ? `${prev.reason}; ${v.reason}` : v.reason });
    } else if (model.has(v.key)) {
      model.delete(v.key);
      suppressed.push({ key: v.key, reason: v.reason });
    }
  }

  const rules = applyWorkspaceRules(input, input.workspaceRules);
  const tags: AppliedTag[] = [...rules];
  for (const t of model.values()) {
    if (rules.some((r) => r.key === t.key)) continue; // the explicit rule speaks for it
    if (allowed && !allowed.has(t.key)) continue;
    tags.push(t);
  }
  return {
    tags,
    language,
    signals: { noise: s.noise, serviceQuestion: s.serviceQuestion, media: s.media, stars: s.stars },
    suppressed,
    scores,
    internal: s,
  };
}

export function classifyMessage(input: ClassifyInput): ClassifyResult {
  const { tags, language, signals } = classifyMessageDetailed(input);
  return { tags, language, signals };
}
