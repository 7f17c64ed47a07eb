// Fuses the model's calibrated probabilities with the lexicon layer into the default
// tags. A tag applies when the model's probability reaches the tag's threshold, or when
// the hand-written lexicons are confident enough on their own (per-tag trust, see
// LexiconTrust). Both were tuned by cross-validation on the training corpus. Rules the
// README states plainly are applied after: spam, auto-replies, job applications,
// opt-outs and bare thanks get no tag; an outage is also the writer's technical issue
// only when they describe their own failure.
import type { Signals } from '../classifier/read-signals';
import type { DefaultTagScores } from '../classifier/score-default-tags';
import { FIRST_PERSON_SINGULAR } from '../classifier/lexicon-technical';
import type { DefaultTagKey } from '../classifier/types';
import { TAG_HEADS, type HeadKey, type LexiconTrust, type TagKey } from './model-types';

const SILENT_NOISE = new Set(['spam', 'auto_reply', 'job_application', 'opt_out', 'thanks']);

export type TagDecision = { key: DefaultTagKey; probability: number; byLexicon: boolean };

// "Our flat", "nos quedamos", "unser Internet": the writer's household or team counts as
// their own case too; pro-drop languages rarely say "I", so a stated failure counts as well.
const FIRST_PERSON_PLURAL = /(?:^|[^a-z])(?:we|we'?re|we'?ve|our|ours|us|nos|nosotros|nuestr[oa]s?|mis|mi|nosso|nossa|nous|notre|wir|uns|unser\w*|noi|nostru|noastra|la noi)(?![a-z])|我們|我们|うち/;

export function writesAboutOwnFailure(scores: DefaultTagScores, signals: Signals): boolean {
  const f = signals.text.folded;
  return FIRST_PERSON_SINGULAR.test(f) || FIRST_PERSON_PLURAL.test(f) || scores.technical_issue.evidence.some((e) => e.weight >= 1);
}
// ownFailureFactor: with an incident, the writer's own failure (first person) is enough
// for technical_issue at this fraction of its usual threshold. Tuned with the rest.
// ugcKeep: a photo of a problem is evidence, not marketing: next to an incident or a
// technical issue, ugc stays only when the model is at least this sure of it.
export type FusionOptions = { ownFailureRule: boolean; ownFailureFactor: number; ugcKeep: number };
export const DEFAULT_FUSION: FusionOptions = { ownFailureRule: true, ownFailureFactor: 1, ugcKeep: 0 };

export function decideTags(
  probs: Record<HeadKey, number>,
  thresholds: Record<HeadKey, number>,
  lexicon: Record<TagKey, LexiconTrust>,
  scores: DefaultTagScores,
  signals: Signals,
  fusion: FusionOptions = DEFAULT_FUSION,
): TagDecision[] {
  if (signals.noise && SILENT_NOISE.has(signals.noise)) return [];
  const out: TagDecision[] = [];
  for (const key of TAG_HEADS) {
    const p = probs[key];
    const trust = lexicon[key];
    if (p >= thresholds[key]) out.push({ key, probability: p, byLexicon: false });
    else if (scores[key].score >= trust.minScore && p >= trust.minProbability) out.push({ key, probability: p, byLexicon: true });
  }
  const has = (k: DefaultTagKey) => out.some((d) => d.key === k);
  const own = writesAboutOwnFailure(scores, signals);
  if (has('incident') && !has('technical_issue') && own && probs.technical_issue >= thresholds.technical_issue * fusion.ownFailureFactor) {
    out.push({ key: 'technical_issue', probability: probs.technical_issue, byLexicon: false });
  }
  let result = out;
  if (fusion.ownFailureRule && has('incident') && has('technical_issue') && !own) result = result.filter((d) => d.key !== 'technical_issue');
  if ((has('incident') || has('technical_issue')) && probs.ugc < (fusion.ugcKeep ?? 0)) result = result.filter((d) => d.key !== 'ugc');
  return result;
}
