// The labelled-message format of the evaluation files and the training corpus
// (../shared/eval/README.md), and how a row becomes a classifier input.
import type { ClassifyInput, TrainingExampleLike } from './types';

export type EvalRow = {
  id: string;
  channel: string;
  lang: string;
  author?: { handle?: string; name?: string; followers?: number; verified?: boolean; isVip?: boolean; plan?: string };
  subject?: string;
  text: string;
  attachments?: { type: string; name?: string }[];
  brand?: string;
  labels: string[];
  severity: number;
  team: string;
  why?: string;
};

// The eval file names channels as people say them; our providers are fewer.
const PROVIDER_OF: Record<string, string> = { facebook: 'messenger', review: 'api', forum: 'api', form: 'api' };

export function toClassifyInput(row: EvalRow, examples?: TrainingExampleLike[]): ClassifyInput {
  return {
    text: row.text,
    subject: row.subject,
    provider: PROVIDER_OF[row.channel] ?? row.channel,
    channel: row.channel,
    author: { followers: row.author?.followers, verified: row.author?.verified, isVip: row.author?.isVip, plan: row.author?.plan },
    attachments: row.attachments ?? [],
    examples,
  };
}

export function parseJsonl(content: string): EvalRow[] {
  return content
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalRow);
}
