// The shipped model, decoded once on first use from weights.json (written at build
// time by scripts/train-triage-model.ts and committed; nothing is downloaded). Read with
// fs rather than imported as a module: the base64 text is dropped once decoded, and a
// 1 MB JSON module would stay in memory as source code.
import fs from 'node:fs';
import { decodeModel, type EncodedModel } from './encode-model';
import type { TriageModel } from './model-types';

export const WEIGHTS_URL = new URL('./weights.json', import.meta.url);

let shipped: TriageModel | null = null;

export function shippedModel(): TriageModel {
  shipped ??= decodeModel(JSON.parse(fs.readFileSync(WEIGHTS_URL, 'utf8')) as EncodedModel);
  return shipped;
}
