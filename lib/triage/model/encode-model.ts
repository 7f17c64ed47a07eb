// Compact on-disk form of the model: per head, the non-zero buckets (delta-encoded
// varints) and their weights quantised to 16 bits, base64 in a JSON file. Decoding
// rebuilds the dense Float32Array (buckets × heads × 4 bytes) once at start-up.
import type { Calibration, HeadKey, LexiconTrust, ModelMeta, TagKey, TriageModel } from './model-types';

export type EncodedModel = {
  format: 'switchboard-triage-model/1';
  buckets: number;
  heads: HeadKey[];
  bias: number[];
  calibration: Calibration[];
  thresholds: Record<HeadKey, number>;
  lexicon: Record<TagKey, LexiconTrust>;
  fusion: TriageModel['fusion'];
  meta: ModelMeta;
  // Per head: [count, scale, base64 of (varint deltas ‖ int16 weights)].
  sparse: [number, number, string][];
};

function pushVarint(out: number[], x: number) {
  while (x >= 0x80) {
    out.push((x & 0x7f) | 0x80);
    x >>>= 7;
  }
  out.push(x);
}

export function encodeModel(m: TriageModel, minAbs = 1e-4): EncodedModel {
  const H = m.heads.length;
  const sparse: [number, number, string][] = [];
  for (let h = 0; h < H; h++) {
    const idx: number[] = [];
    let max = 0;
    for (let b = 0; b < m.buckets; b++) {
      const w = m.weights[b * H + h] * m.scale[h];
      if (Math.abs(w) > minAbs) {
        idx.push(b);
        max = Math.max(max, Math.abs(w));
      }
    }
    const scale = max / 32767 || 1;
    const bytes: number[] = [];
    let prev = 0;
    for (const b of idx) {
      pushVarint(bytes, b - prev);
      prev = b;
    }
    const q = new Int16Array(idx.length);
    idx.forEach((b, i) => (q[i] = Math.round((m.weights[b * H + h] * m.scale[h]) / scale)));
    const buf = Buffer.concat([Buffer.from(bytes), Buffer.from(q.buffer)]);
    sparse.push([idx.length, scale, buf.toString('base64')]);
  }
  return { format: 'switchboard-triage-model/1', buckets: m.buckets, heads: [...m.heads], bias: m.bias, calibration: m.calibration, thresholds: m.thresholds, lexicon: m.lexicon, fusion: m.fusion, meta: m.meta, sparse };
}

export function decodeModel(e: EncodedModel): TriageModel {
  const H = e.heads.length;
  const weights = new Int16Array(e.buckets * H);
  e.sparse.forEach(([count, , b64], h) => {
    const buf = Buffer.from(b64, 'base64');
    let pos = 0;
    const idx = new Int32Array(count);
    let prev = 0;
    for (let i = 0; i < count; i++) {
      let x = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = buf[pos++];
        x |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      prev += x;
      idx[i] = prev;
    }
    const q = new Int16Array(buf.buffer.slice(buf.byteOffset + pos, buf.byteOffset + pos + count * 2));
    for (let i = 0; i < count; i++) weights[idx[i] * H + h] = q[i];
  });
  return { buckets: e.buckets, heads: e.heads, weights, scale: e.sparse.map(([, scale]) => scale), bias: e.bias, calibration: e.calibration, thresholds: e.thresholds, lexicon: e.lexicon, fusion: Object.assign({ ownFailureRule: true, ownFailureFactor: 1, ugcKeep: 0 }, e.fusion), meta: e.meta };
}
