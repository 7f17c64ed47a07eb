// The shipped triage model: one logistic regression per head over hashed features.
// Heads: the five default tags, three severity heads and one team head:
//   sev1    — for incidents: critical (SEV1) rather than high;
//   high    — for leads, bugs and requests: high (SEV2) rather than normal;
//   low     — for bugs and requests: cosmetic (SEV4);
//   service — for untagged messages: a service question for Support rather than nothing.
export const TAG_HEADS = ['sales_lead', 'feature_request', 'incident', 'technical_issue', 'ugc'] as const;
export const HEADS = [...TAG_HEADS, 'sev1', 'high', 'low', 'service'] as const;
export type HeadKey = (typeof HEADS)[number];

export type Calibration = { a: number; b: number }; // p = sigmoid(a * margin + b)

// How far a tag trusts the hand-written lexicons on their own: the tag also applies when
// its lexicon score reaches minScore and the model gives it at least minProbability.
// Tuned per tag by cross-validation (the lexicons are precise on some tags, not others).
export type LexiconTrust = { minScore: number; minProbability: number };
export type TagKey = (typeof TAG_HEADS)[number];

export type TriageModel = {
  buckets: number;
  heads: readonly HeadKey[];
  // Bucket-major: weights[bucket * heads.length + head], so one lookup reads every head.
  // Training works in float; the shipped model keeps its 16-bit quantised weights
  // (half the memory), and scale[head] turns them back into real weights.
  weights: Float32Array | Int16Array;
  scale: number[];
  bias: number[];
  calibration: Calibration[];
  thresholds: Record<HeadKey, number>;
  lexicon: Record<TagKey, LexiconTrust>;
  fusion: { ownFailureRule: boolean; ownFailureFactor: number; ugcKeep: number };
  meta: ModelMeta;
};

export type ModelMeta = {
  trainedOn: { name: string; rows: number; sha256: string }[];
  hyper: TrainOptions;
  cv?: Record<string, number>;
};

export type TrainOptions = { epochs: number; alpha: number; beta: number; l1: number; l2: number; seed: number };
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 12, alpha: 0.5, beta: 1, l1: 0.02, l2: 0.5, seed: 7 };

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
