// npm run -s eval:triage [file] [--cv] [--errors]
// Scores the shipped triage on ../shared/eval/triage-dev.jsonl (or the given file):
// per-tag precision/recall/F1, macro-F1, severity exact and within-one, team and language
// accuracy. With the dev file, also prints 5-fold cross-validated scores of the learning
// layer (agent corrections taken from the other folds): the honest figure for anything
// learned from labelled data. When the shipped model was trained on the file being scored
// (its weights.json records each training file's sha256), also prints the honest figure
// for the model: 5 folds (grouped by brand), each triaged by the model retrained without
// it. --errors lists the misses.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { crossValidateNearestNeighbour, crossValidateTriage, evaluateTriage, parseJsonl, type EvalMetrics } from '../lib/triage/classifier/evaluate-triage';
import { DEFAULT_TAG_KEYS } from '../lib/triage/classifier/types';
import { shippedModel } from '../lib/triage/model/load-model';
import { crossValidateWithRetraining } from '../lib/triage/model/train-model';
import { evalDir } from './lib/shared-dir';

const repoRoot = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const fileArg = args.find((a) => !a.startsWith('--'));
const file = fileArg ? path.resolve(process.cwd(), fileArg) : path.join(evalDir(), 'triage-dev.jsonl');
const isDev = path.basename(file) === 'triage-dev.jsonl';
const wantCv = args.includes('--cv') || (isDev && !args.includes('--no-cv'));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const f3 = (x: number) => x.toFixed(3);

function printMetrics(title: string, m: EvalMetrics) {
  console.log(`\n${title}  (${m.n} messages)`);
  console.log('  tag               precision  recall     F1   tp  fp  fn');
  for (const key of DEFAULT_TAG_KEYS) {
    const t = m.perTag[key];
    console.log(`  ${key.padEnd(17)} ${f3(t.precision).padStart(9)} ${f3(t.recall).padStart(7)} ${f3(t.f1).padStart(6)} ${String(t.tp).padStart(4)}${String(t.fp).padStart(4)}${String(t.fn).padStart(4)}`);
  }
  const goal = (x: number, g: number) => (x >= g ? 'ok' : `below goal ${g}`);
  console.log(`  macro-F1 (5 tags)          ${f3(m.macroF1)}   ${goal(m.macroF1, 0.85)}`);
  console.log(`  severity exact            ${pct(m.severityExact)}   ${goal(m.severityExact, 0.75)}`);
  console.log(`  severity within one       ${pct(m.severityWithinOne)}   ${goal(m.severityWithinOne, 0.95)}`);
  console.log(`  team accuracy             ${pct(m.teamAccuracy)}   ${goal(m.teamAccuracy, 0.85)}`);
  console.log(`  language accuracy         ${pct(m.languageAccuracy)}`);
}

function printErrors(m: EvalMetrics) {
  console.log('\nMisses (id: gold → predicted):');
  for (const { row, result } of m.predictions) {
    const got = result.tags.map((t) => t.key).sort().join(',');
    const gold = [...row.labels].sort().join(',');
    const bad = [got !== gold && `tags ${gold || '-'} → ${got || '-'}`, result.severity !== row.severity && `sev ${row.severity} → ${result.severity}`, result.team !== row.team && `team ${row.team} → ${result.team}`, result.language !== row.lang && `lang ${row.lang} → ${result.language}`].filter(Boolean);
    if (!bad.length) continue;
    console.log(`  ${row.id}: ${bad.join('; ')}\n      ${(row.subject ? `${row.subject} :: ` : '') + row.text.replace(/\s+/g, ' ').slice(0, 150)}`);
    for (const t of result.tags) console.log(`      + ${t.key} (${t.source}, ${t.confidence}): ${t.reason}`);
    console.log(`      severity: ${result.severityReasons.join('; ')}`);
  }
}

const content = fs.readFileSync(file, 'utf8');
const rows = parseJsonl(content);
const model = shippedModel();
const sha = createHash('sha256').update(content).digest('hex');
const trainedOnThis = model.meta.trainedOn.some((t) => t.sha256 === sha);
console.log(`Triage evaluation: ${path.relative(process.cwd(), file) || file}`);
console.log(`Model: trained on ${model.meta.trainedOn.map((t) => `${t.name} (${t.rows})`).join(' + ')}; corpus 5-fold CV macro-F1 ${model.meta.cv?.macroF1?.toFixed(3) ?? '?'}${trainedOnThis ? ' — this file is in its training data' : ' — this file is not in its training data'}`);
const asIs = evaluateTriage(rows);
printMetrics('Shipped triage, as is (no workspace corrections)', asIs);
if (wantCv) {
  const cv = crossValidateTriage(rows, 5);
  printMetrics('5-fold cross-validated: the other folds\u2019 labels given as agent corrections (honest figure for the learning layer)', cv);
  const nn = crossValidateNearestNeighbour(rows, 5);
  console.log(`  for reference, the learning layer alone (1-nearest-neighbour, no lexicons), 5-fold macro-F1: ${f3(nn.macroF1)}`);
}
if (trainedOnThis) {
  const corpus = model.meta.trainedOn.filter((t) => t.sha256 !== sha).flatMap((t) => parseJsonl(fs.readFileSync(path.resolve(repoRoot, t.name), 'utf8')));
  printMetrics('5-fold cross-validated, model retrained per fold without the held-out fold (honest figure for the shipped model on this file)', crossValidateWithRetraining(rows, corpus, model, 5));
}
if (isDev) {
  console.log('\nNote: the lexicons the model uses as features were written by someone who read this file, so even a model not');
  console.log('trained on it scores optimistically here. See lib/triage/model/README.md for the figures on sets nobody tuned on.');
}
if (args.includes('--errors')) printErrors(asIs);
