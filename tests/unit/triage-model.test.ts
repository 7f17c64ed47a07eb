// The shipped triage model (lib/triage/model): features, determinism, the weights file,
// human-readable reasons, and paraphrases the lexicon-only classifier missed, scored
// by a model that never saw them (the corpus's brand-grouped hold-out fold).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonl, toClassifyInput } from '@/lib/triage/classifier/eval-row';
import { foldText } from '@/lib/triage/classifier/fold-text';
import { classifyMessage } from '@/lib/triage/classify-message';
import { brandFolds } from '@/lib/triage/model/cross-validation';
import { decodeModel, encodeModel } from '@/lib/triage/model/encode-model';
import { hashFeature, hashSlice } from '@/lib/triage/model/hash-feature';
import { shippedModel } from '@/lib/triage/model/load-model';
import { DEFAULT_TRAIN_OPTIONS, HEADS } from '@/lib/triage/model/model-types';
import { readMessage } from '@/lib/triage/model/read-message';
import { tokenize, stem } from '@/lib/triage/model/tokenize';
import { fitWeights, prepare } from '@/lib/triage/model/train-model';
import { triageMessage } from '@/lib/triage/triage-message';

const root = path.resolve(import.meta.dirname, '../..');
const corpusFile = path.join(root, 'lib/triage/model/training-corpus.jsonl');
const corpusText = fs.readFileSync(corpusFile, 'utf8');
const corpus = parseJsonl(corpusText);

describe('model features', () => {
  it('tokenizes Latin words with a light stem, CJK runs, numbers and emoji, and skips @handles', () => {
    const kinds = tokenize(foldText('@acmeco Crashing again 🙃 訂單 300')).map((t) => [t.kind, t.stem]);
    expect(kinds).toEqual([['word', 'crash'], ['word', 'again'], ['emoji', '🙃'], ['cjk', '訂單'], ['number', '#3']]);
    expect(stem('facturas')).toBe('factura');
    expect(stem('crashes')).toBe('crash');
    expect(stem('livraisons')).toBe('livraison');
    expect(stem('down')).toBe('down');
  });

  it('hashes a slice exactly like the whole name, so n-grams need no strings', () => {
    expect(hashSlice('c:', ' quote ', 1, 4)).toBe(hashFeature('c:quo'));
    expect(hashFeature('w:quote')).toBeLessThan(1 << 18);
  });

  it('is deterministic, reads CJK characters, and scales each text group to unit length', () => {
    const input = { text: '請問 200 個帳號的企業方案報價？ we need a quote', provider: 'email' };
    const a = readMessage(input).features;
    const b = readMessage(input).features;
    expect(Array.from(a.idx)).toEqual(Array.from(b.idx));
    expect(Array.from(a.val)).toEqual(Array.from(b.val));
    expect(a.idx).toContain(hashFeature('k2:報價'));
    expect(a.idx).toContain(hashFeature('w:quot'));
    expect(a.idx).toContain(hashFeature('c:quo'));
    // The lexicon's cue is a feature too, next to the words.
    expect(a.idx).toContain(hashFeature('L:sales_lead:asks for a quote'));
  });

  it('marks a photo on a social network and a photo of a problem differently', () => {
    const photo = [{ type: 'image', name: 'a.jpg' }];
    const happy = readMessage({ text: 'sunday brunch 😍', provider: 'instagram', channel: 'instagram', attachments: photo }).features.idx;
    const broken = readMessage({ text: 'my vase arrived broken', provider: 'instagram', channel: 'instagram', attachments: photo }).features.idx;
    expect(happy).toContain(hashFeature('MEDIA&CH:instagram'));
    expect(broken).toContain(hashFeature('MEDIA&LON:technical_issue'));
    expect(happy).not.toContain(hashFeature('MEDIA&LON:technical_issue'));
  });
});

describe('the shipped weights', () => {
  const model = shippedModel();

  it('were trained on the committed corpus (the file and the weights agree)', () => {
    const sha = createHash('sha256').update(corpusText).digest('hex');
    expect(model.meta.trainedOn[0]).toEqual({ name: 'lib/triage/model/training-corpus.jsonl', rows: corpus.length, sha256: sha });
    expect(model.meta.trainedOn.map((t) => t.name)).toContain('lib/triage/model/training-corpus-2.jsonl');
    expect(corpus.length).toBeGreaterThanOrEqual(1500);
  });

  it('survive an encode/decode round trip (16-bit quantisation only)', () => {
    const again = decodeModel(encodeModel(model));
    expect(again.thresholds).toEqual(model.thresholds);
    const H = HEADS.length;
    // Re-quantising may move a weight by a 16-bit step or two (rounding, and the
    // smallest weights dropped below minAbs), never more.
    let worst = 0;
    for (let i = 0; i < model.weights.length; i++) {
      const h = i % H;
      worst = Math.max(worst, Math.abs(again.weights[i] * again.scale[h] - model.weights[i] * model.scale[h]) / model.scale[h]);
    }
    expect(worst).toBeLessThanOrEqual(2.01);
  });

  it('give the same triage twice', () => {
    const input = { text: 'the app crashes every time I open my invoices, iPhone 15', provider: 'chat' };
    expect(triageMessage(input)).toEqual(triageMessage(input));
  });

  it('explain a model tag with the message’s own words and the probability, never a hash', () => {
    const tags = classifyMessage({ text: 'Could you send us a quote for 300 seats on annual billing?', provider: 'email' }).tags;
    const lead = tags.find((t) => t.key === 'sales_lead')!;
    expect(lead.source).toBe('model');
    expect(lead.reason).toMatch(/quote/);
    expect(lead.reason).toMatch(/300 seats/);
    expect(lead.reason).toMatch(/\(model 0\.\d\d\)$/);
    expect(lead.reason).toMatch(/^asks for a quote \("send us a quote"\) for 300 seats; key words "/);
    expect(lead.reason).not.toMatch(/\b[cwbk]\d?:|\bL:|\d{5,}/);
  });
});

describe('training', () => {
  it('is deterministic: the same rows and options give the same weights', () => {
    const rows = prepare(corpus.slice(0, 120));
    const base = { ...shippedModel(), meta: { ...shippedModel().meta, hyper: { ...DEFAULT_TRAIN_OPTIONS, epochs: 2 } } };
    const a = fitWeights(rows, base);
    const b = fitWeights(rows, base);
    expect(a.bias).toEqual(b.bias);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });
});

// Paraphrases from the corpus's hold-out fold 2 (folds grouped by brand): the old
// lexicon-only classifier scored each of these below its threshold for the gold tag. A
// model trained without fold 2 (so without these messages or their brands) tags them.
const HELD_OUT_FOLD = 2;
const PARAPHRASES: [string, string][] = [
  ['c-0725', 'sales_lead'], // en: "is the lifetime deal still a thing? would grab it for my agency today"
  ['c-0728', 'feature_request'], // en: "Really miss a kanban view for deals"
  ['c-0743', 'incident'], // en: an e-bike battery "puffed up like a pillow", smell of chemicals
  ['c-0398', 'technical_issue'], // en: "keeps asking me to log in every single time"
  ['c-1216', 'ugc'], // en: a review with a personal story, no photo
  ['c-0791', 'sales_lead'], // es: a freelancer asks the fees of the business account
  ['c-0830', 'technical_issue'], // es: "el router se reinicia cada media hora"
  ['c-0078', 'feature_request'], // de: "Bitte eine Schnittstelle zu Lexware"
  ['c-0084', 'incident'], // de: a child's scooter handlebar snapped, a wound
  ['c-1152', 'incident'], // fr: a stepladder folded, a broken wrist, another case on a forum
  ['c-1124', 'incident'], // ja: bike brakes failed, crashed into a wall
  ['c-1170', 'sales_lead'], // zh-Hant: a discount for 200 bags of cement
  ['c-1172', 'technical_issue'], // zh-Hant: the drill will not charge
  ['c-1476', 'sales_lead'], // pt: a clinic asks for a proposal for internet and phones
  ['c-1559', 'technical_issue'], // ro: received someone else's order
  ['c-1563', 'incident'], // ro: food poisoning, three people at the emergency room
];

describe('paraphrases the lexicons missed, scored by a model that never saw them', () => {
  // A retrained model may move one or two borderline cases; losing more is a regression.
  it('tags held-out paraphrases in eight languages (at least 14 of 16)', { timeout: 120_000 }, () => {
    const fold = brandFolds(corpus, 5);
    const byId = new Map(corpus.map((r, i) => [r.id, { row: r, fold: fold[i] }]));
    const model = fitWeights(prepare(corpus.filter((_, i) => fold[i] !== HELD_OUT_FOLD)), shippedModel());
    const missed: string[] = [];
    for (const [id, tag] of PARAPHRASES) {
      const { row, fold: f } = byId.get(id)!;
      expect(f, id).toBe(HELD_OUT_FOLD);
      expect(row.labels, id).toContain(tag);
      const input = toClassifyInput(row);
      expect(readMessage(input).scores[tag as 'incident'].score, `${id}: the lexicons alone miss it`).toBeLessThan(1);
      if (!triageMessage(input, { model }).tags.some((t) => t.key === tag)) missed.push(`${id} (${tag}): ${row.text}`);
    }
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(2);
  });
});
