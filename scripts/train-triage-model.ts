// Trains the shipped triage model at build time and writes lib/triage/model/weights.json
// (committed; loaded at run time, nothing is downloaded).
//   node --import tsx scripts/train-triage-model.ts [--with-dev] [--search] [--dry-run]
// Trains on lib/triage/model/training-corpus*.jsonl (two corpora written
// independently, by different authors, for diversity), reports 5-fold cross-validation
// (folds grouped by brand) on it, and takes calibration and thresholds from that
// cross-validation only. --with-dev also trains the final weights on
// ../shared/eval/triage-dev.jsonl (calibration and thresholds still from the corpus);
// eval:triage then prints an honest 5-fold figure for dev with the model retrained per
// fold (crossValidateWithRetraining). --search tries a few hyper-parameter settings by
// cross-validation on the corpus and keeps the best.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseJsonl, type EvalRow } from '../lib/triage/classifier/eval-row';
import { evalDir } from './lib/shared-dir';
import type { EvalMetrics } from '../lib/triage/classifier/evaluate-triage';
import { encodeModel } from '../lib/triage/model/encode-model';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from '../lib/triage/model/model-types';
import { fitWeights, prepare, quickCrossValidation, trainModel } from '../lib/triage/model/train-model';

export { crossValidateWithRetraining, trainModel } from '../lib/triage/model/train-model';

const root = path.resolve(import.meta.dirname, '..');
export const CORPUS_FILES = ['lib/triage/model/training-corpus.jsonl', 'lib/triage/model/training-corpus-2.jsonl'];
export const DEV_FILE = path.join(evalDir(), 'triage-dev.jsonl');
const OUT_FILE = path.join(root, 'lib/triage/model/weights.json');

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const summary = (m: EvalMetrics) =>
  `macro-F1 ${m.macroF1.toFixed(3)} · ${Object.entries(m.perTag).map(([k, t]) => `${k} P${t.precision.toFixed(2)} R${t.recall.toFixed(2)}`).join(' · ')} · severity exact ${(m.severityExact * 100).toFixed(1)}% within one ${(m.severityWithinOne * 100).toFixed(1)}% · team ${(m.teamAccuracy * 100).toFixed(1)}%`;

function main() {
  const args = process.argv.slice(2);
  const corpusTexts = CORPUS_FILES.map((f) => ({ name: f, text: fs.readFileSync(path.join(root, f), 'utf8') }));
  const corpus = corpusTexts.flatMap((c) => parseJsonl(c.text));
  let hyper: TrainOptions = DEFAULT_TRAIN_OPTIONS;
  if (args.includes('--search')) {
    const grid: Partial<TrainOptions>[] = [{}, { alpha: 0.1 }, { alpha: 0.5 }, { l1: 0.005 }, { l1: 0.05 }, { l2: 0.1 }, { l2: 2 }, { epochs: 6 }, { epochs: 20 }];
    const prepared = prepare(corpus);
    let best = -1;
    for (const g of grid) {
      const h = { ...DEFAULT_TRAIN_OPTIONS, ...g };
      const f1 = quickCrossValidation(prepared, h);
      console.log(`${JSON.stringify(g).padEnd(16)} tags-only 5-fold macro-F1 ${f1.toFixed(3)}`);
      if (f1 > best) [best, hyper] = [f1, h];
    }
  }
  const t0 = Date.now();
  const { model, cv } = trainModel(corpus, hyper);
  console.log(`corpus: ${corpus.length} messages; 5-fold CV (by brand): ${summary(cv)}`);
  const trainedOn = corpusTexts.map((c) => ({ name: c.name, rows: parseJsonl(c.text).length, sha256: sha(c.text) }));
  let final = model;
  if (args.includes('--with-dev')) {
    const devText = fs.readFileSync(DEV_FILE, 'utf8');
    const dev: EvalRow[] = parseJsonl(devText);
    final = fitWeights(prepare([...corpus, ...dev]), model);
    trainedOn.push({ name: '../shared/eval/triage-dev.jsonl', rows: dev.length, sha256: sha(devText) });
  }
  final = { ...final, meta: { trainedOn, hyper, cv: { macroF1: cv.macroF1, severityExact: cv.severityExact, severityWithinOne: cv.severityWithinOne, teamAccuracy: cv.teamAccuracy } } };
  console.log(`thresholds ${JSON.stringify(final.thresholds)}`);
  console.log(`lexicon trust ${JSON.stringify(final.lexicon)}; fusion ${JSON.stringify(final.fusion)}`);
  console.log(`calibration ${JSON.stringify(final.calibration)}`);
  console.log(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (args.includes('--dry-run')) return;
  const json = JSON.stringify(encodeModel(final));
  fs.writeFileSync(OUT_FILE, json);
  const nonZero = encodeModel(final).sparse.map(([n]) => n);
  console.log(`wrote ${path.relative(process.cwd(), OUT_FILE)} (${(json.length / 1024).toFixed(0)} KB; non-zero weights per head ${nonZero.join(', ')})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
