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
import { DEFAULT_FUSION } from './decide-tags';
import { BUCKETS } from './hash-feature';
import { DEFAULT_TRAIN_OPTIONS, HEADS, sigmoid, TAG_HEADS, type Calibration, type HeadKey, type LexiconTrust, type TagKey, type TrainOptions, type TriageModel } from './model-types';
import { headMargins } from './predict-heads';
import { readMessage, type ReadMessage } from './read-message';
import { GRID, macroF1, NEVER, tuneThresholds } from './tune-thresholds';
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
const noLexicon = () => Object.fromEntries(TAG_HEADS.map((k) => [k, NEVER])) as Record<TagKey, LexiconTrust>;

export function fitWeights(prepared: Prepared[], base: Omit<TriageModel, 'weights' | 'bias' | 'scale'>): TriageModel {
  const { weights, bias } = trainWeights(prepared.map((p) => ({ fv: p.read.features, targets: p.targets })), HEADS.length, base.buckets, base.meta.hyper);
  return { ...base, weights, scale: HEADS.map(() => 1), bias };
}

function skeleton(hyper: TrainOptions, buckets = BUCKETS): Omit<TriageModel, 'weights' | 'bias' | 'scale'> {
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
  const tuned = tuneThresholds(prepared, probs, { ...base, weights: new Float32Array(0), scale: [], bias: [] });
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
