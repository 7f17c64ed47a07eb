// Layer 3: what agents taught this workspace. Each correction is a TrainingExample
// (label true = the tag applies, false = it was wrongly applied). A later message that
// is similar enough to a correction inherits it: the tag is added, or suppressed.
// Similarity is the cosine of character 4-grams (inside words, so "refunds" ≈ "refund")
// and CJK bigrams, after dropping very common words; it needs no model and works in
// any language, and custom tags can be learned from examples alone.
import { foldText } from './fold-text';
import type { TrainingExampleLike } from './types';

export const SIMILARITY_THRESHOLD = 0.5;

type Vector = { weights: Map<string, number>; norm: number };

export const STOPWORDS = new Set(
  ('a an the and or but of to in on at for with from by is are was were be been am i you he she it we they me my your our their this that these those ' +
    'do does did have has had not no so if as just can could would will please pls hi hello hey thanks thank ' +
    'el la los las un una y o de del en con por para que es no se mi tu su lo al ' +
    'o a os as um uma e de do da em com por para que nao meu minha ' +
    'le la les un une et ou de des du en avec pour que est pas je tu il nous vous mon ma ' +
    'der die das ein eine und oder von zu im in mit fur ist nicht ich du wir sie mein ' +
    'si sau de la cu pe pentru ca este nu eu tu el noi voi meu mea')
    .split(/\s+/),
);

function addFeature(weights: Map<string, number>, f: string) {
  weights.set(f, (weights.get(f) ?? 0) + 1);
}

export function vectorize(text: string): Vector {
  const weights = new Map<string, number>();
  const folded = foldText(text).folded;
  for (const token of folded.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const cjk = token.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/gu);
    if (cjk) {
      for (const run of cjk) for (let i = 0; i + 1 < run.length; i++) addFeature(weights, run.slice(i, i + 2));
      continue;
    }
    if (STOPWORDS.has(token) || token.length < 2) continue;
    const padded = ` ${token} `;
    if (padded.length <= 4) addFeature(weights, padded);
    else for (let i = 0; i + 4 <= padded.length; i++) addFeature(weights, padded.slice(i, i + 4));
  }
  let norm = 0;
  for (const [k, v] of weights) {
    const w = 1 + Math.log(v); // repeated words count, but not linearly
    weights.set(k, w);
    norm += w * w;
  }
  return { weights, norm: Math.sqrt(norm) };
}

export function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size < b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small.weights) {
    const w = large.weights.get(k);
    if (w) dot += v * w;
  }
  return dot / (a.norm * b.norm);
}

// Example vectors are cached per examples array, so a worker that keeps the
// workspace's examples in hand does not re-vectorize them for every message.
const cache = new WeakMap<TrainingExampleLike[], Vector[]>();

function vectorsOf(examples: TrainingExampleLike[]): Vector[] {
  let v = cache.get(examples);
  if (!v) {
    v = examples.map((e) => vectorize(e.text));
    cache.set(examples, v);
  }
  return v;
}

export type ExampleVerdict = { key: string; apply: boolean; similarity: number; reason: string };

// For each tag with a similar enough example, the closest example decides.
export function judgeByExamples(text: string, examples: TrainingExampleLike[] = []): ExampleVerdict[] {
  if (!examples.length) return [];
  const vectors = vectorsOf(examples);
  const message = vectorize(text);
  const best = new Map<string, { sim: number; label: boolean }>();
  examples.forEach((e, i) => {
    const sim = cosine(message, vectors[i]);
    if (sim < SIMILARITY_THRESHOLD) return;
    const prev = best.get(e.tagKey);
    // Ties go to the later (more recent) correction.
    if (!prev || sim >= prev.sim) best.set(e.tagKey, { sim, label: e.label });
  });
  return [...best].map(([key, { sim, label }]) => {
    const s = sim.toFixed(2);
    return {
      key,
      apply: label,
      similarity: sim,
      reason: label
        ? `similar to a message an agent tagged ${key} (${s} similar)`
        : `similar to a message where an agent removed ${key} (${s} similar)`,
    };
  });
}
