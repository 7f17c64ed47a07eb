// Shared shapes of the triage decision core. Everything here is plain data so the
// functions that use it stay pure and can run in a worker, a server action or a test.

export const DEFAULT_TAG_KEYS = ['sales_lead', 'feature_request', 'incident', 'technical_issue', 'ugc'] as const;
export type DefaultTagKey = (typeof DEFAULT_TAG_KEYS)[number];

export type ProviderLike = 'messenger' | 'instagram' | 'whatsapp' | 'x' | 'sms' | 'email' | 'chat' | 'api' | (string & {});

export type AuthorLike = {
  followers?: number | null;
  verified?: boolean | null;
  isVip?: boolean | null;
  // The contact's plan, when the workspace knows it ("free", "pro", "business", "enterprise").
  plan?: string | null;
};

export type AttachmentLike = { type: string; name?: string | null };

// A workspace rule (prisma TagRule, with the tag's key resolved).
export type TagRuleLike = {
  id?: string;
  name?: string;
  tagKey: string;
  keywords?: string[] | null;
  pattern?: string | null;
  provider?: string | null;
  minFollowers?: number | null;
  vipOnly?: boolean | null;
  confidence?: number | null;
  enabled?: boolean | null;
};

// An agent correction (prisma TrainingExample): label true = the tag applies,
// false = it was wrongly applied.
export type TrainingExampleLike = { text: string; tagKey: string; label: boolean };

export type ClassifyInput = {
  text: string;
  subject?: string | null;
  provider: ProviderLike;
  // Finer source inside the provider, when known: 'review', 'forum', 'form', 'facebook'…
  channel?: string | null;
  language?: string | null;
  author?: AuthorLike;
  attachments?: AttachmentLike[];
  workspaceRules?: TagRuleLike[];
  examples?: TrainingExampleLike[];
  // When given, the shipped model only emits tags the workspace has.
  workspaceTags?: { key: string; description?: string | null }[];
};

export type AppliedTag = {
  key: string;
  source: 'rule' | 'model';
  confidence: number; // (0, 1]
  reason: string;
};

// Why a message may deserve no tag and which team would still want it.
export type NoiseKind = 'spam' | 'auto_reply' | 'job_application' | 'opt_out' | 'thanks';

export type MessageSignals = {
  noise: NoiseKind | null;
  serviceQuestion: boolean; // order status, opening hours… (support, even untagged)
  media: number; // count of image/video attachments
  stars: number | null;
};

export type ClassifyResult = {
  tags: AppliedTag[];
  language: string;
  signals: MessageSignals;
};

// One matched piece of evidence: what it means (English), the words that matched.
export type Evidence = { label: string; quote: string; weight: number; kind?: string };
