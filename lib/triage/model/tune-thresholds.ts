// Tuning on out-of-fold probabilities (never on the rows a model was trained on): each
// tag's threshold and lexicon trust for macro-F1, the README fusion options, then the
// severity heads for exact severity and the service head for team accuracy.
import type { EvalRow } from '../classifier/eval-row';
import { triageRead, type TriageResult } from '../triage-message';
import { decideTags, DEFAULT_FUSION, type FusionOptions } from './decide-tags';
import { TAG_HEADS, type HeadKey, type LexiconTrust, type TagKey, type TriageModel } from './model-types';
import type { Prepared } from './train-model';

export const NEVER: LexiconTrust = { minScore: 99, minProbability: 1 };

export function macroF1(prepared: Prepared[], probs: Record<HeadKey, number>[], thresholds: Record<HeadKey, number>, lexicon: Record<TagKey, LexiconTrust>, fusion: FusionOptions = DEFAULT_FUSION): number {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  prepared.forEach((p, i) => {
    const got = new Set(decideTags(probs[i], thresholds, lexicon, p.read.scores, p.read.signals, fusion).map((d) => d.key as string));
    for (const k of TAG_HEADS) {
      const gold = p.row.labels.includes(k);
      if (gold && got.has(k)) inc(tp, k);
      else if (got.has(k)) inc(fp, k);
      else if (gold) inc(fn, k);
    }
  });
  return TAG_HEADS.reduce((s, k) => s + (2 * (tp.get(k) ?? 0)) / Math.max(1, 2 * (tp.get(k) ?? 0) + (fp.get(k) ?? 0) + (fn.get(k) ?? 0)), 0) / TAG_HEADS.length;
}

export const GRID = Array.from({ length: 29 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);

// Coordinate ascent: each threshold in turn takes the grid value that scores best.
function ascend(keys: readonly HeadKey[], thresholds: Record<HeadKey, number>, score: (t: Record<HeadKey, number>) => number, passes: number) {
  for (let pass = 0; pass < passes; pass++) {
    for (const k of keys) {
      let best = thresholds[k];
      let bestScore = score(thresholds);
      for (const v of GRID) {
        const s = score({ ...thresholds, [k]: v });
        if (s > bestScore + 1e-9) [best, bestScore] = [v, s];
      }
      thresholds[k] = best;
    }
  }
}

const TRUST: LexiconTrust[] = [NEVER, ...[1, 1.25, 1.5, 2].flatMap((minScore) => [0, 0.05, 0.1, 0.2].map((minProbability) => ({ minScore, minProbability })))];

// Tags: each tag's threshold and lexicon trust, for macro-F1. Then the severity heads for
// exact severity, and the service head for team accuracy, on the full triage.
export function tuneThresholds(prepared: Prepared[], probs: Record<HeadKey, number>[], model: TriageModel): Pick<TriageModel, 'thresholds' | 'lexicon' | 'fusion'> {
  const thresholds = { ...model.thresholds };
  const lexicon = { ...model.lexicon };
  let fusion = { ...model.fusion };
  for (let pass = 0; pass < 2; pass++) {
    for (const k of TAG_HEADS) {
      let best: [number, LexiconTrust, number] = [thresholds[k], lexicon[k], macroF1(prepared, probs, thresholds, lexicon, fusion)];
      for (const v of GRID) {
        for (const trust of TRUST) {
          const s = macroF1(prepared, probs, { ...thresholds, [k]: v }, { ...lexicon, [k]: trust }, fusion);
          if (s > best[2] + 1e-9) best = [v, trust, s];
        }
      }
      [thresholds[k], lexicon[k]] = [best[0], best[1]];
    }
    let bestFusion: [FusionOptions, number] = [fusion, macroF1(prepared, probs, thresholds, lexicon, fusion)];
    // The README's outage tie-break is a labelling rule, not a statistic: always applied.
    for (const ownFailureRule of [true]) {
      for (const ownFailureFactor of [1, 0.75, 0.5, 0.33, 0.2]) {
        for (const ugcKeep of [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01]) {
          const s = macroF1(prepared, probs, thresholds, lexicon, { ownFailureRule, ownFailureFactor, ugcKeep });
          if (s > bestFusion[1] + 1e-9) bestFusion = [{ ownFailureRule, ownFailureFactor, ugcKeep }, s];
        }
      }
    }
    fusion = bestFusion[0];
  }
  const triage = (t: Record<HeadKey, number>) => prepared.map((p, i) => triageRead(p.input, p.read, probs[i], { ...model, thresholds: t, lexicon, fusion }));
  const accuracy = (t: Record<HeadKey, number>, f: (r: TriageResult, row: EvalRow) => boolean) => {
    const results = triage(t);
    return results.filter((r, i) => f(r, prepared[i].row)).length / results.length;
  };
  ascend(['sev1', 'high', 'low'], thresholds, (t) => accuracy(t, (r, row) => r.severity === row.severity), 1);
  ascend(['service'], thresholds, (t) => accuracy(t, (r, row) => r.team === row.team), 1);
  return { thresholds, lexicon, fusion };
}

