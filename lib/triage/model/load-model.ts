// The shipped model, decoded once on first use from weights.json (written at build
// time by scripts/train-triage-model.ts and committed; nothing is downloaded).
import encoded from './weights.json';
import { decodeModel, type EncodedModel } from './encode-model';
import type { TriageModel } from './model-types';

let shipped: TriageModel | null = null;

export function shippedModel(): TriageModel {
  shipped ??= decodeModel(encoded as unknown as EncodedModel);
  return shipped;
}
