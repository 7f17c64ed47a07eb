// Trains every head of the model at once with FTRL-Proximal logistic regression
// (McMahan et al. 2013): per-coordinate learning rates suit hashed text features,
// and the L1 term zeroes the weights of features that carry no signal, which keeps
// the shipped file small. Deterministic: a seeded shuffle per epoch.
import type { FeatureVector } from './extract-features';
import type { TrainOptions } from './model-types';

export type TrainingExample = { fv: FeatureVector; targets: Int8Array }; // per head: 1, 0, or -1 (not trained on)

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainWeights(examples: TrainingExample[], heads: number, buckets: number, o: TrainOptions): { weights: Float32Array; bias: number[] } {
  const z = new Float64Array(buckets * heads);
  const n = new Float64Array(buckets * heads);
  const bz = new Float64Array(heads);
  const bn = new Float64Array(heads);
  const weightOf = (zi: number, ni: number) => (Math.abs(zi) <= o.l1 ? 0 : -(zi - Math.sign(zi) * o.l1) / ((o.beta + Math.sqrt(ni)) / o.alpha + o.l2));
  const biasOf = (zi: number, ni: number) => -zi / ((o.beta + Math.sqrt(ni)) / o.alpha);
  const rand = mulberry32(o.seed);
  const order = examples.map((_, i) => i);
  const w = new Float64Array(256);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const e of order) {
      const { fv, targets } = examples[e];
      const len = fv.idx.length;
      const ws = len <= w.length ? w : new Float64Array(len);
      for (let h = 0; h < heads; h++) {
        const y = targets[h];
        if (y < 0) continue;
        let margin = biasOf(bz[h], bn[h]);
        for (let k = 0; k < len; k++) {
          const c = fv.idx[k] * heads + h;
          ws[k] = weightOf(z[c], n[c]);
          margin += ws[k] * fv.val[k];
        }
        const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, margin))));
        const g = p - y;
        for (let k = 0; k < len; k++) {
          const c = fv.idx[k] * heads + h;
          const gi = g * fv.val[k];
          const sigma = (Math.sqrt(n[c] + gi * gi) - Math.sqrt(n[c])) / o.alpha;
          z[c] += gi - sigma * ws[k];
          n[c] += gi * gi;
        }
        const bsigma = (Math.sqrt(bn[h] + g * g) - Math.sqrt(bn[h])) / o.alpha;
        bz[h] += g - bsigma * biasOf(bz[h], bn[h]);
        bn[h] += g * g;
      }
    }
  }
  const weights = new Float32Array(buckets * heads);
  for (let c = 0; c < weights.length; c++) if (z[c] !== 0) weights[c] = weightOf(z[c], n[c]);
  const bias = Array.from({ length: heads }, (_, h) => biasOf(bz[h], bn[h]));
  return { weights, bias };
}
