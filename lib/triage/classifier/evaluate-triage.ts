// Scores the triage against labelled messages (the eval JSONL format). Used by
// scripts/eval-triage.ts and by the regression test, so both measure the same thing.
import { triageMessage, type TriageResult } from '../triage-message';
import { cosine, vectorize } from './learn-from-examples';
import { toClassifyInput, type EvalRow } from './eval-row';
import { DEFAULT_TAG_KEYS, type TrainingExampleLike } from './types';

export { parseJsonl, toClassifyInput, type EvalRow } from './eval-row';

export type TagMetrics = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
export type EvalMetrics = {
  n: number;
  perTag: Record<string, TagMetrics>;
  macroF1: number;
  severityExact: number;
  severityWithinOne: number;
  teamAccuracy: number;
  languageAccuracy: number;
  predictions: { row: EvalRow; result: TriageResult }[];
};

const ratio = (a: number, b: number) => (b ? a / b : 0);

export function scorePredictions(predictions: { row: EvalRow; result: TriageResult }[]): EvalMetrics {
  const perTag: Record<string, TagMetrics> = {};
  for (const key of DEFAULT_TAG_KEYS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { row, result } of predictions) {
      const gold = row.labels.includes(key);
      const got = result.tags.some((t) => t.key === key);
      if (gold && got) tp++;
      else if (got) fp++;
      else if (gold) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    perTag[key] = { tp, fp, fn, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  }
  const n = predictions.length;
  const count = (f: (p: { row: EvalRow; result: TriageResult }) => boolean) => ratio(predictions.filter(f).length, n);
  return {
    n,
    perTag,
    macroF1: DEFAULT_TAG_KEYS.reduce((s, k) => s + perTag[k].f1, 0) / DEFAULT_TAG_KEYS.length,
    severityExact: count((p) => p.result.severity === p.row.severity),
    severityWithinOne: count((p) => Math.abs(p.result.severity - p.row.severity) <= 1),
    teamAccuracy: count((p) => p.result.team === p.row.team),
    languageAccuracy: count((p) => p.result.language === p.row.lang),
    predictions,
  };
}

export function evaluateTriage(rows: EvalRow[]): EvalMetrics {
  return scorePredictions(rows.map((row) => ({ row, result: triageMessage(toClassifyInput(row)) })));
}

// Deterministic fold assignment (by position), so the figure is reproducible.
export function folds<T>(rows: T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: k }, () => []);
  rows.forEach((r, i) => out[i % k].push(r));
  return out;
}

// k-fold cross-validation of the learning layer: the labels of k-1 folds become agent
// corrections (positive and negative TrainingExamples for the five tags), and the
// held-out fold is triaged with them. This is the honest figure for anything the
// workspace learns from labelled data: the scored messages were never seen.
export function crossValidateTriage(rows: EvalRow[], k = 5): EvalMetrics {
  const parts = folds(rows, k);
  const predictions: { row: EvalRow; result: TriageResult }[] = [];
  parts.forEach((test, i) => {
    const train = parts.filter((_, j) => j !== i).flat();
    const examples: TrainingExampleLike[] = train.flatMap((r) =>
      DEFAULT_TAG_KEYS.map((tagKey) => ({ text: [r.subject, r.text].filter(Boolean).join('\n'), tagKey, label: r.labels.includes(tagKey) })),
    );
    for (const row of test) predictions.push({ row, result: triageMessage(toClassifyInput(row, examples)) });
  });
  return scorePredictions(predictions);
}

// For reference: the learning layer on its own, as a plain 1-nearest-neighbour
// classifier over the other folds (no lexicons). Shows what similarity alone can do.
export function crossValidateNearestNeighbour(rows: EvalRow[], k = 5): { macroF1: number } {
  const parts = folds(rows, k);
  const vec = new Map(rows.map((r) => [r, vectorize([r.subject, r.text].filter(Boolean).join('\n'))]));
  const predictions: { row: EvalRow; result: TriageResult }[] = [];
  parts.forEach((test, i) => {
    const train = parts.filter((_, j) => j !== i).flat();
    for (const row of test) {
      let best = train[0];
      let bestSim = -1;
      for (const t of train) {
        const sim = cosine(vec.get(row)!, vec.get(t)!);
        if (sim > bestSim) [best, bestSim] = [t, sim];
      }
      const tags = best.labels.map((key) => ({ key, source: 'model' as const, confidence: bestSim, reason: '' }));
      predictions.push({ row, result: { tags, severity: best.severity as 1, team: best.team as 'none' } as TriageResult });
    }
  });
  return { macroF1: scorePredictions(predictions).macroF1 };
}
