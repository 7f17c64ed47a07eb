// Build-time training of the triage model (run by scripts/train-triage-model.ts, never
// at run time). Steps: read every labelled message exactly as run time does; k-fold
// cross-validation grouped by brand gives out-of-fold margins; Platt scaling calibrates
// each head on them; thresholds are tuned on the calibrated out-of-fold probabilities
// (tags: macro-F1; severity heads: exact severity; service head: team accuracy); finally
// every head is trained on all the rows. Calibration and thresholds therefore come only
// from messages each fold's model had not seen.
import { scorePredictions, type EvalMetrics } from '../classifier/evaluate-triage';
import { toClassifyInput, type EvalRow } from '../classifier/eval-row';
import type { ClassifyInput } from '../classifier/types';
import { triageMessage, triageRead, type TriageResult } from '../triage-message';
import { fitCalibration } from './calibrate';
import { brandFolds } from './cross-validation';
import { decideTags, DEFAULT_FUSION, type FusionOptions } from './decide-tags';
import { BUCKETS } from './hash-feature';
import { DEFAULT_TRAIN_OPTIONS, HEADS, sigmoid, TAG_HEADS, type Calibration, type HeadKey, type LexiconTrust, type TagKey, type TrainOptions, type TriageModel } from './model-types';
import { headMargins } from './predict-heads';
import { readMessage, type ReadMessage } from './read-message';
import { trainWeights } from './train-weights';

export type Prepared = { row: EvalRow; input: ClassifyInput; read: ReadMessage; targets: Int8Array };

const H = (k: HeadKey) => HEADS.indexOf(k);

// What each head learns from a labelled row; -1: this head does not learn from the row.
export function targetsOf(row: EvalRow): Int8Array {
  const t = new Int8Array(HEADS.length).fill(-1);
  const labels = new Set(row.labels);
  TAG_HEADS.forEach((k, h) => (t[h] = labels.has(k) ? 1 : 0));
  if (labels.has('incident')) t[H('sev1')] = row.severity === 1 ? 1 : 0;
  else if (labels.has('sales_lead') || labels.has('technical_issue') || labels.has('feature_request')) {
    t[H('high')] = row.severity <= 2 ? 1 : 0;
    if (!labels.has('sales_lead')) t[H('low')] = row.severity === 4 ? 1 : 0;
  }
  if (!labels.size) t[H('service')] = row.team === 'support' ? 1 : 0;
  return t;
}

export function prepare(rows: EvalRow[], buckets = BUCKETS): Prepared[] {
  return rows.map((row) => {
    const input = toClassifyInput(row);
    return { row, input, read: readMessage(input, { buckets }), targets: targetsOf(row) };
  });
}

const neutral = (): Calibration[] => HEADS.map(() => ({ a: 1, b: 0 }));
const defaultThresholds = () => Object.fromEntries(HEADS.map((k) => [k, 0.5])) as Record<HeadKey, number>;
const NEVER: LexiconTrust = { minScore: 99, minProbability: 1 };
const noLexicon = () => Object.fromEntries(TAG_HEADS.map((k) => [k, NEVER])) as Record<TagKey, LexiconTrust>;

export function fitWeights(prepared: Prepared[], base: Omit<TriageModel, 'weights' | 'bias'>): TriageModel {
  const { weights, bias } = trainWeights(prepared.map((p) => ({ fv: p.read.features, targets: p.targets })), HEADS.length, base.buckets, base.meta.hyper);
  return { ...base, weights, bias };
}

function skeleton(hyper: TrainOptions, buckets = BUCKETS): Omit<TriageModel, 'weights' | 'bias'> {
  return { buckets, heads: HEADS, calibration: neutral(), thresholds: defaultThresholds(), lexicon: noLexicon(), fusion: { ...DEFAULT_FUSION }, meta: { trainedOn: [], hyper } };
}

// Out-of-fold margins: each row scored by a model trained on the other folds' brands.
export function outOfFoldMargins(prepared: Prepared[], k: number, hyper: TrainOptions, buckets = BUCKETS): Float64Array[] {
  const fold = brandFolds(prepared.map((p) => p.row), k);
  const out: Float64Array[] = new Array(prepared.length);
  for (let f = 0; f < k; f++) {
    const model = fitWeights(prepared.filter((_, i) => fold[i] !== f), skeleton(hyper, buckets));
    prepared.forEach((p, i) => {
      if (fold[i] === f) out[i] = headMargins(model, p.read.features);
    });
  }
  return out;
}

export function calibrate(prepared: Prepared[], margins: Float64Array[]): Calibration[] {
  return HEADS.map((_, h) => {
    const ms: number[] = [];
    const ys: number[] = [];
    prepared.forEach((p, i) => {
      if (p.targets[h] >= 0) {
        ms.push(margins[i][h]);
        ys.push(p.targets[h]);
      }
    });
    return ys.some((y) => y === 1) && ys.some((y) => y === 0) ? fitCalibration(ms, ys) : { a: 1, b: 0 };
  });
}

const probsOf = (m: Float64Array, cal: Calibration[]) => Object.fromEntries(HEADS.map((k, h) => [k, sigmoid(cal[h].a * m[h] + cal[h].b)])) as Record<HeadKey, number>;

function macroF1(prepared: Prepared[], probs: Record<HeadKey, number>[], thresholds: Record<HeadKey, number>, lexicon: Record<TagKey, LexiconTrust>, fusion: FusionOptions = DEFAULT_FUSION): number {
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

const GRID = Array.from({ length: 29 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);

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
    for (const ownFailureRule of [true, false]) {
      for (const ownFailureFactor of [1, 0.75, 0.5, 0.33, 0.2]) {
        const s = macroF1(prepared, probs, thresholds, lexicon, { ownFailureRule, ownFailureFactor });
        if (s > bestFusion[1] + 1e-9) bestFusion = [{ ownFailureRule, ownFailureFactor }, s];
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

export type TrainReport = { model: TriageModel; cv: EvalMetrics };

// Macro-F1 of the tags alone, cross-validated with tuned thresholds: cheap enough to
// compare hyper-parameters (the full build also tunes severity and team).
export function quickCrossValidation(prepared: Prepared[], hyper: TrainOptions, k = 5): number {
  const margins = outOfFoldMargins(prepared, k, hyper);
  const base = { ...skeleton(hyper), calibration: calibrate(prepared, margins) };
  const probs = margins.map((m) => probsOf(m, base.calibration));
  const thresholds = { ...base.thresholds };
  const lexicon = { ...base.lexicon };
  for (const key of TAG_HEADS) {
    let best = -1;
    for (const v of GRID) {
      const f = macroF1(prepared, probs, { ...thresholds, [key]: v }, lexicon);
      if (f > best) [best, thresholds[key]] = [f, v];
    }
  }
  return macroF1(prepared, probs, thresholds, lexicon);
}

// The whole build: cross-validate, calibrate, tune, then train on everything.
export function trainModel(rows: EvalRow[], hyper: TrainOptions = DEFAULT_TRAIN_OPTIONS, k = 5): TrainReport {
  const prepared = prepare(rows);
  const margins = outOfFoldMargins(prepared, k, hyper);
  const base = { ...skeleton(hyper), calibration: calibrate(prepared, margins) };
  const probs = margins.map((m) => probsOf(m, base.calibration));
  const tuned = tuneThresholds(prepared, probs, { ...base, weights: new Float32Array(0), bias: [] });
  const model = fitWeights(prepared, { ...base, ...tuned });
  const cv = scorePredictions(prepared.map((p, i) => ({ row: p.row, result: triageRead(p.input, p.read, probs[i], model) })));
  return { model, cv };
}

// The honest figure for rows the shipped model was trained on: k folds grouped by brand;
// each fold is triaged by a model retrained without it (on `alsoTrainOn` plus the other
// folds), with the shipped model's calibration and thresholds (those came from the corpus).
export function crossValidateWithRetraining(rows: EvalRow[], alsoTrainOn: EvalRow[], base: TriageModel, k = 5): EvalMetrics {
  const extra = prepare(alsoTrainOn, base.buckets);
  const own = prepare(rows, base.buckets);
  const fold = brandFolds(rows, k);
  const predictions: { row: EvalRow; result: TriageResult }[] = [];
  for (let f = 0; f < k; f++) {
    const model = fitWeights([...extra, ...own.filter((_, i) => fold[i] !== f)], base);
    rows.forEach((row, i) => {
      if (fold[i] === f) predictions.push({ row, result: triageMessage(toClassifyInput(row), { model, explain: false }) });
    });
  }
  return scorePredictions(predictions);
}
