// Loads what the pure triage decision needs for one message: the message, its
// author (followers, verified, VIP, plan), the channel's provider, the
// conversation's state (active tags, tags an agent removed, severity and whether
// an agent set it), and the workspace's tags, rules and recent agent corrections.
//
// The workspace part changes rarely and is read for every message, so it is kept
// in process memory for a few seconds (TRIAGE_CONTEXT_TTL_MS, default 5 s). A
// correction made in this process invalidates it at once; other processes see it
// within the TTL. One load at a time per workspace, however many jobs ask.
import { scopedDb } from '@/lib/tenancy';
import type { TriageInput } from './triage-message';
import type { TagRuleLike, TrainingExampleLike } from './classifier/types';

// The corrections the classifier compares each message with: the most recent ones.
const MAX_EXAMPLES = 2000;

export type WorkspaceTriageData = {
  name: string;
  tags: { id: string; key: string; name: string; description: string }[];
  tagIdByKey: Map<string, string>;
  rules: TagRuleLike[];
  // Oldest first: with equal similarity the later correction wins (learn-from-examples).
  examples: TrainingExampleLike[];
  examplesStamp: string;
  loadedAt: number;
};

const cache = new Map<string, Promise<WorkspaceTriageData>>();

const ttlMs = () => Number(process.env.TRIAGE_CONTEXT_TTL_MS ?? 5000);

// The corrections change far less often than every few seconds: they are read
// again only when their count or newest time changed, so the array (and the
// classifier's vectors cached on it) is reused.
async function readExamples(workspaceId: string, previous: WorkspaceTriageData | null): Promise<Pick<WorkspaceTriageData, 'examples' | 'examplesStamp'>> {
  const db = scopedDb(workspaceId);
  const agg = await db.trainingExample.aggregate({ _count: { _all: true }, _max: { createdAt: true } });
  const stamp = `${agg._count._all}:${agg._max.createdAt?.getTime() ?? 0}`;
  if (previous && previous.examplesStamp === stamp) return { examples: previous.examples, examplesStamp: stamp };
  const rows = await db.trainingExample.findMany({ select: { text: true, tagKey: true, label: true }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: MAX_EXAMPLES });
  return { examples: rows.reverse(), examplesStamp: stamp };
}

async function readWorkspaceData(workspaceId: string, previous: WorkspaceTriageData | null): Promise<WorkspaceTriageData> {
  const db = scopedDb(workspaceId);
  const [workspace, tags, rules, examples] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } }),
    db.tag.findMany({ select: { id: true, key: true, name: true, description: true }, orderBy: { key: 'asc' } }),
    db.tagRule.findMany({ where: { enabled: true }, include: { tag: { select: { key: true } } }, orderBy: { createdAt: 'asc' } }),
    readExamples(workspaceId, previous),
  ]);
  return {
    name: workspace.name,
    tags,
    tagIdByKey: new Map(tags.map((t) => [t.key, t.id])),
    rules: rules.map((r) => ({
      id: r.id, name: r.name, tagKey: r.tag.key, keywords: r.keywords, pattern: r.pattern, provider: r.provider,
      minFollowers: r.minFollowers, vipOnly: r.vipOnly, confidence: r.confidence, enabled: r.enabled,
    })),
    ...examples,
    loadedAt: Date.now(),
  };
}

export async function loadWorkspaceTriageData(workspaceId: string): Promise<WorkspaceTriageData> {
  const hit = cache.get(workspaceId);
  let previous: WorkspaceTriageData | null = null;
  if (hit) {
    previous = await hit.catch(() => null);
    if (previous && Date.now() - previous.loadedAt < ttlMs()) return previous;
    if (cache.get(workspaceId) !== hit) return loadWorkspaceTriageData(workspaceId); // someone reloaded meanwhile
  }
  const loading = readWorkspaceData(workspaceId, previous);
  cache.set(workspaceId, loading);
  loading.catch(() => cache.get(workspaceId) === loading && cache.delete(workspaceId));
  return loading;
}

// After an agent's correction or a rule change in this process: reload at the next
// message (the examples too, if they changed).
export function invalidateTriageCache(workspaceId: string): void {
  const hit = cache.get(workspaceId);
  if (hit) void hit.then((d) => (d.loadedAt = 0)).catch(() => {});
}

// One row with everything about the message (one round trip: this runs for
// every inbound message, so it is written as one query rather than five).
type MessageRow = {
  id: string;
  conversationId: string;
  direction: 'in' | 'out' | 'note';
  text: string;
  subject: string | null;
  attachments: unknown;
  language: string | null;
  triagedAt: Date | null;
  provider: string;
  contactId: string | null;
  followerCount: number | null;
  verified: boolean | null;
  isVip: boolean | null;
  plan: string | null;
  severity: number;
  severitySetBy: string | null;
  conversationLanguage: string | null;
  conversationTriagedAt: Date | null;
  conversationUpdatedAt: Date;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  tags: unknown;
};

export type TriageContext = NonNullable<Awaited<ReturnType<typeof loadTriageContext>>>;

export async function loadTriageContext(workspaceId: string, messageId: string) {
  const db = scopedDb(workspaceId);
  const [rows, workspace] = await Promise.all([
    db.$queryRaw<MessageRow[]>`
      SELECT m.id, m."conversationId", m.direction::text AS direction, m.text, m.subject, m.attachments, m.language, m."triagedAt",
             ch.provider::text AS provider,
             ct.id AS "contactId", ct."followerCount", ct.verified, ct."isVip", ct.plan,
             c.severity, c."severitySetBy", c.language AS "conversationLanguage", c."triagedAt" AS "conversationTriagedAt", c."updatedAt" AS "conversationUpdatedAt",
             c."waitingSince", c."firstResponseAt", c."firstResponseDueAt", c."nextResponseDueAt",
             COALESCE((SELECT json_agg(json_build_object('tagId', a."tagId", 'removed', a."removedAt" IS NOT NULL))
                       FROM "TagApplication" a WHERE a."conversationId" = m."conversationId"), '[]'::json) AS tags
      FROM "Message" m
      JOIN "Channel" ch ON ch.id = m."channelId"
      JOIN "Conversation" c ON c.id = m."conversationId"
      LEFT JOIN "Contact" ct ON ct.id = m."contactId"
      WHERE m.id = ${messageId} AND m."workspaceId" = ${workspaceId}`,
    loadWorkspaceTriageData(workspaceId),
  ]);
  const row = rows[0];
  if (!row) return null;
  const apps = (typeof row.tags === 'string' ? JSON.parse(row.tags) : row.tags) as { tagId: string; removed: boolean }[];
  const { activeTags, agentRemovedTags } = tagState(apps, workspace);
  return {
    workspaceId,
    message: {
      id: row.id, conversationId: row.conversationId, direction: row.direction, text: row.text, subject: row.subject,
      attachments: row.attachments, language: row.language, triagedAt: row.triagedAt,
    },
    provider: row.provider,
    contact: row.contactId ? { followerCount: row.followerCount, verified: row.verified, isVip: row.isVip, plan: row.plan } : null,
    conversation: {
      severity: row.severity, severitySetBy: row.severitySetBy, language: row.conversationLanguage, triagedAt: row.conversationTriagedAt,
      waitingSince: row.waitingSince, firstResponseAt: row.firstResponseAt, firstResponseDueAt: row.firstResponseDueAt, nextResponseDueAt: row.nextResponseDueAt,
      // apply-triage writes only if the row has not changed since (see there).
      updatedAt: row.conversationUpdatedAt,
      activeTags,
      agentRemovedTags,
    },
    workspace,
  };
}

// Active tags, and tags an agent removed (and nobody re-applied), by key.
export function tagState(apps: { tagId: string; removed: boolean }[], workspace: Pick<WorkspaceTriageData, 'tags'>) {
  const keyOf = new Map(workspace.tags.map((t) => [t.id, t.key]));
  const key = (id: string) => keyOf.get(id) ?? id;
  const active = new Set(apps.filter((a) => !a.removed).map((a) => key(a.tagId)));
  const removed = new Set(apps.filter((a) => a.removed).map((a) => key(a.tagId)));
  return { activeTags: [...active], agentRemovedTags: [...removed].filter((k) => !active.has(k)) };
}

type AttachmentRow = { type?: unknown; name?: unknown };

// The pure function's input, from the loaded rows.
export function toTriageInput(ctx: TriageContext): TriageInput {
  const { message, contact, workspace } = ctx;
  const attachments = (Array.isArray(message.attachments) ? (message.attachments as AttachmentRow[]) : [])
    .filter((a) => typeof a?.type === 'string')
    .map((a) => ({ type: a.type as string, name: typeof a.name === 'string' ? a.name : null }));
  return {
    text: message.text,
    subject: message.subject,
    provider: ctx.provider,
    language: message.language,
    author: contact ? { followers: contact.followerCount, verified: contact.verified, isVip: contact.isVip, plan: contact.plan } : {},
    attachments,
    workspaceRules: workspace.rules,
    examples: workspace.examples,
    workspaceTags: workspace.tags.map((t) => ({ key: t.key, description: t.description })),
  };
}
