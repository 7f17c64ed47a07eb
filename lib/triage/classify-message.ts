// Tags a message: a pure function from the message (and the workspace's rules and
// corrections) to tags, each with a source, a confidence and a reason a person reads.
//
// Layers, in order of authority:
//   1. workspace rules (TagRule): explicit, set by a manager → source "rule";
//   2. agent corrections (TrainingExample): a similar message was tagged or untagged
//      by an agent → adds or suppresses a tag, source "model";
//   3. the shipped classifier → source "model": a logistic-regression model trained at
//      build time (lib/triage/model) over words, character n-grams, CJK characters, the
//      hand-written multilingual lexicons' cues and context (media, channel, followers,
//      tone, crowd), with the README's no-tag rules applied after it.
import { applyWorkspaceRules } from './classifier/apply-workspace-rules';
import { confidenceOf, describeTag } from './classifier/describe-evidence';
import { judgeByExamples } from './classifier/learn-from-examples';
import type { Signals } from './classifier/read-signals';
import type { DefaultTagScores } from './classifier/score-default-tags';
import type { AppliedTag, ClassifyInput, ClassifyResult } from './classifier/types';
import { decideTags } from './model/decide-tags';
import { describeModelTag } from './model/describe-model-tag';
import { shippedModel } from './model/load-model';
import type { HeadKey, TriageModel } from './model/model-types';
import { predictHeads } from './model/predict-heads';
import { readMessage, type ReadMessage } from './model/read-message';

export type ClassifyOptions = { model?: TriageModel; explain?: boolean };

export type ClassifyDetail = ClassifyResult & {
  suppressed: { key: string; reason: string }[];
  scores: DefaultTagScores;
  internal: Signals;
  probs: Record<HeadKey, number>;
  read: ReadMessage;
  model: TriageModel;
};

export function classifyMessageDetailed(input: ClassifyInput, options: ClassifyOptions = {}): ClassifyDetail {
  const model = options.model ?? shippedModel();
  const explain = options.explain ?? true;
  const read = readMessage(input, { explain, buckets: model.buckets });
  return classifyRead(input, read, predictHeads(model, read.features).probs, model, explain);
}

// The decision once the message has been read and scored (training reuses it to tune thresholds).
export function classifyRead(input: ClassifyInput, read: ReadMessage, probs: Record<HeadKey, number>, model: TriageModel, explain = true): ClassifyDetail {
  const s = read.signals;
  const allowed = input.workspaceTags ? new Set(input.workspaceTags.map((t) => t.key)) : null;

  const tagged = new Map<string, AppliedTag>();
  for (const d of decideTags(probs, model.thresholds, model.lexicon, read.scores, s, model.fusion)) {
    // A tag the lexicons carried: their evidence is the reason, their score the confidence.
    const p = d.byLexicon ? Math.max(d.probability, confidenceOf(read.scores[d.key].score)) : d.probability;
    const confidence = Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
    let reason = '';
    if (explain) reason = d.byLexicon ? `${describeTag(read.scores[d.key], s)} (lexicon ${confidence.toFixed(2)}, model ${Math.min(0.99, d.probability).toFixed(2)})` : describeModelTag(model, d.key, d.probability, read.features, s);
    tagged.set(d.key, { key: d.key, source: 'model', confidence, reason });
  }

  // Agent corrections override the shipped model on similar messages.
  const suppressed: { key: string; reason: string }[] = [];
  for (const v of judgeByExamples([input.subject, input.text].filter(Boolean).join('\n'), input.examples)) {
    if (v.apply) {
      const prev = tagged.get(v.key);
      const confidence = Math.round(Math.min(0.99, Math.max(prev?.confidence ?? 0, v.similarity)) * 100) / 100;
      tagged.set(v.key, { key: v.key, source: 'model', confidence, reason: prev ? `${prev.reason}; ${v.reason}` : v.reason });
    } else if (tagged.has(v.key)) {
      tagged.delete(v.key);
      suppressed.push({ key: v.key, reason: v.reason });
    }
  }

  const rules = applyWorkspaceRules(input, input.workspaceRules);
  const tags: AppliedTag[] = [...rules];
  for (const t of tagged.values()) {
    if (rules.some((r) => r.key === t.key)) continue; // the explicit rule speaks for it
    if (allowed && !allowed.has(t.key)) continue;
    tags.push(t);
  }
  // An untagged message still goes to Support when it is a service question (order
  // status, opening hours): the lexicon's question words, or the model's service head.
  const serviceQuestion = !s.noise && (s.serviceQuestion || probs.service >= model.thresholds.service);
  return {
    tags,
    language: read.language,
    signals: { noise: s.noise, serviceQuestion, media: s.media, stars: s.stars },
    suppressed,
    scores: read.scores,
    internal: s,
    probs,
    read,
    model,
  };
}

export function classifyMessage(input: ClassifyInput, options: ClassifyOptions = {}): ClassifyResult {
  const { tags, language, signals } = classifyMessageDetailed(input, options);
  return { tags, language, signals };
}
