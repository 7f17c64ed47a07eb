// Everything the tag, severity and team decisions read about one message, computed
// once: language, the lexicon layer's signals and scores, and the model's features.
// Training and run time both go through here, so the model sees the same thing.
import { readSignals, type Signals } from '../classifier/read-signals';
import { scoreDefaultTags, type DefaultTagScores } from '../classifier/score-default-tags';
import type { ClassifyInput } from '../classifier/types';
import { detectLanguage } from '../detect-language';
import { extractFeatures, type FeatureVector } from './extract-features';

export type ReadMessage = { language: string; signals: Signals; scores: DefaultTagScores; features: FeatureVector };

export function readMessage(input: ClassifyInput, options: { explain?: boolean; buckets?: number } = {}): ReadMessage {
  const language = input.language || detectLanguage([input.subject, input.text].filter(Boolean).join('\n')).language;
  const signals = readSignals(input, language);
  const scores = scoreDefaultTags(signals, input.author ?? {});
  const features = extractFeatures({ signals, scores, author: input.author, hasSubject: !!input.subject }, options);
  return { language, signals, scores, features };
}
