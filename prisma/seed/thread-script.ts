// The little language the demo conversations are written in. A ThreadScript is
// one conversation as a person would describe it ("a Spanish school asked for a
// quote on WhatsApp on Saturday night; Sam answered and handed it to Luis");
// build-conversation.ts turns it into rows. Times are relative to the seed's
// `now`, so the demo always looks like this morning.
import type { Provider } from '@/lib/generated/prisma/enums';

export type Lang = 'en' | 'zh-Hant' | 'zh-Hans' | 'ro' | 'es' | 'de' | 'fr' | 'pt' | 'ja';
export type PersonKey = 'priya' | 'marcus' | 'dana' | 'luis' | 'meiling' | 'andrei' | 'hannah' | 'chloe' | 'tomas' | 'sam' | 'yuki';
export type TeamKey = 'support' | 'sales' | 'product' | 'marketing' | 'incident';
export type TagKey = 'sales_lead' | 'feature_request' | 'incident' | 'technical_issue' | 'ugc' | 'refund_request' | 'shipping_delay';
export type Status = 'open' | 'pending' | 'snoozed' | 'resolved';
export type Attachment = { type: string; name: string; url?: string; mime?: string; size?: number };

// The customer. Contacts with the same `key` are one person (returning
// customers who write on two channels); anything left out is made up.
export type Who = {
  name: string;
  key?: string;
  handle?: string; // X / Instagram handle, with the @
  email?: string;
  phone?: string; // E.164
  followers?: number;
  verified?: boolean;
  plan?: string; // paying tier: enterprise, teams, rewards_plus
  vip?: boolean;
};

export type Step =
  | { kind: 'in'; text: string; after: number; attachments?: Attachment[]; html?: string }
  | { kind: 'out'; by: PersonKey; text: string; after: number; failed?: string }
  | { kind: 'note'; by: PersonKey; text: string; after: number };

export type TagSpec = {
  key: TagKey;
  confidence: number;
  reason: string;
  source: 'model' | 'rule' | 'agent';
  by?: PersonKey; // who added it (source agent)
  removedBy?: PersonKey; // an agent's correction: the tag was wrong
};

export type ThreadScript = {
  ch: Provider;
  lang: Lang;
  who: Who;
  ago: number; // hours before now that the first message arrived
  sev: 1 | 2 | 3 | 4;
  why?: string; // the severity's reason, when it is not obvious from the tags
  tags: TagSpec[];
  msgs: Step[];
  status?: Status; // default open
  to?: PersonKey | null; // assignee; undefined lets the demo router decide, null leaves it in the team queue
  team?: TeamKey | null; // overrides the tag → team rule (null: no team, e.g. spam)
  subject?: string;
  snooze?: number; // hours from now until a snoozed conversation wakes
  crisis?: boolean; // part of this morning's checkout outage
  handoff?: { note: string; to: PersonKey; from?: PersonKey; accepted?: boolean }; // from defaults to the overnight agent
  untriaged?: boolean; // arrived seconds ago; the triage worker has not seen it yet
};

// Step helpers: c = customer, a = agent reply, n = internal note. `after` is
// minutes after the previous step.
export const c = (text: string, after = 0, attachments?: Attachment[]): Step => ({ kind: 'in', text, after, attachments });
export const a = (by: PersonKey, text: string, after = 25): Step => ({ kind: 'out', by, text, after });
export const n = (by: PersonKey, text: string, after = 3): Step => ({ kind: 'note', by, text, after });
export const failed = (by: PersonKey, text: string, error: string, after = 25): Step => ({ kind: 'out', by, text, after, failed: error });

export const img = (name: string): Attachment => ({ type: 'image', name, mime: name.endsWith('.png') ? 'image/png' : 'image/jpeg' });
export const video = (name: string): Attachment => ({ type: 'video', name, mime: 'video/mp4' });
export const file = (name: string): Attachment => ({ type: 'file', name, mime: name.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream' });

export const tag = (key: TagKey, confidence: number, reason: string, source: TagSpec['source'] = 'model'): TagSpec => ({ key, confidence, reason, source });
export const rule = (key: TagKey, reason: string): TagSpec => ({ key, confidence: 0.95, reason, source: 'rule' });
export const byAgent = (key: TagKey, by: PersonKey, reason: string): TagSpec => ({ key, confidence: 1, reason, source: 'agent', by });
export const wrong = (key: TagKey, confidence: number, reason: string, removedBy: PersonKey): TagSpec => ({ key, confidence, reason, source: 'model', removedBy });
