// Runs every head of the model on one feature vector: margin = w·x + bias, and the
// calibrated probability sigmoid(a·margin + b). A few hundred bucket lookups per message.
import type { FeatureVector } from './extract-features';
import { sigmoid, type HeadKey, type TriageModel } from './model-types';

export type HeadScores = { margins: Float64Array; probs: Record<HeadKey, number> };

export function headMargins(model: TriageModel, fv: FeatureVector): Float64Array {
  const H = model.heads.length;
  const m = new Float64Array(H);
  const w = model.weights;
  for (let i = 0; i < fv.idx.length; i++) {
    const base = fv.idx[i] * H;
    const x = fv.val[i];
    for (let h = 0; h < H; h++) m[h] += w[base + h] * x;
  }
  for (let h = 0; h < H; h++) m[h] = model.bias[h] + model.scale[h] * m[h];
  return m;
}

export function predictHeads(model: TriageModel, fv: FeatureVector): HeadScores {
  const margins = headMargins(model, fv);
  const probs = {} as Record<HeadKey, number>;
  model.heads.forEach((k, h) => {
    const c = model.calibration[h];
    probs[k] = sigmoid(c.a * margins[h] + c.b);
  });
  return { margins, probs };
}
