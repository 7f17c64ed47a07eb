// Lists a workspace's conversations with filters and keyset (cursor) paging.
// Serves the REST API and the inbox alike. Unknown filter values (a tag, team,
// channel or assignee that does not exist here) are a 400, so a typo is not
// mistaken for "nothing matched".
import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { badRequest } from '@/lib/api/errors';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { summarySelect, toSummary } from '@/lib/conversations/conversation-summary';
import { listTaggedConversationIds } from '@/lib/conversations/list-tagged-conversation-ids';

const providers = ['messenger', 'instagram', 'whatsapp', 'x', 'sms', 'email', 'chat', 'api'] as const;

export const conversationFilters = z
  .object({
    status: z.enum(['open', 'pending', 'snoozed', 'resolved']).optional(),
    tag: z.string().trim().min(1).max(64).optional(),
    severity: z.coerce.number().int().min(1).max(4).optional(),
    // "me", "none" (unassigned) or a member id
    assignee: z.string().trim().min(1).max(64).optional(),
    // a team key (support, sales, ...) or id
    team: z.string().trim().min(1).max(64).optional(),
    // a provider name (whatsapp, email, ...) or a channel id
    channel: z.string().trim().min(1).max(64).optional(),
    sort: z.enum(['priority', 'newest', 'oldest']).default('priority'),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

export type ConversationFilters = z.infer<typeof conversationFilters>;

type Ctx = Pick<WorkspaceContext, 'db' | 'actor' | 'workspaceId'>;

// The filters with keys and names resolved to ids in this workspace (search
// reuses this). assigneeId null = unassigned; channelIds = the workspace's
// channels of a provider (possibly none), so the list filters on an indexed
// column instead of joining Channel.
export type ResolvedFilters = {
  status?: ConversationFilters['status'];
  severity?: number;
  tagId?: string;
  assigneeId?: string | null;
  teamId?: string;
  channelIds?: string[];
};

export async function resolveConversationFilters(ctx: Ctx, f: Omit<ConversationFilters, 'sort' | 'cursor' | 'limit'>): Promise<ResolvedFilters> {
  const r: ResolvedFilters = {};
  if (f.status) r.status = f.status;
  if (f.severity) r.severity = f.severity;
  if (f.tag) {
    const tag = await ctx.db.tag.findFirst({ where: { key: f.tag }, select: { id: true } });
    if (!tag) throw badRequest(`Unknown tag "${f.tag}"`);
    r.tagId = tag.id;
  }
  if (f.assignee === 'none') r.assigneeId = null;
  else if (f.assignee === 'me') {
    if (ctx.actor.type !== 'user') throw badRequest('assignee=me needs a signed-in user; pass a member id with an API key');
    r.assigneeId = ctx.actor.membershipId;
  } else if (f.assignee) {
    const m = await ctx.db.membership.findFirst({ where: { id: f.assignee }, select: { id: true } });
    if (!m) throw badRequest(`Unknown assignee "${f.assignee}"`);
    r.assigneeId = m.id;
  }
  if (f.team) {
    const team = await ctx.db.team.findFirst({ where: { OR: [{ key: f.team }, { id: f.team }] }, select: { id: true } });
    if (!team) throw badRequest(`Unknown team "${f.team}"`);
    r.teamId = team.id;
  }
  if (f.channel) {
    if ((providers as readonly string[]).includes(f.channel)) {
      const chs = await ctx.db.channel.findMany({ where: { provider: f.channel as (typeof providers)[number] }, select: { id: true } });
      r.channelIds = chs.map((c) => c.id);
    } else {
      const ch = await ctx.db.channel.findFirst({ where: { id: f.channel }, select: { id: true } });
      if (!ch) throw badRequest(`Unknown channel "${f.channel}"`);
      r.channelIds = [ch.id];
    }
  }
  return r;
}

export function buildWhere(workspaceId: string, r: ResolvedFilters): Prisma.ConversationWhereInput {
  const where: Prisma.ConversationWhereInput = {};
  if (r.status) where.status = r.status;
  if (r.severity) where.severity = r.severity;
  // TagApplication carries a trigger-kept copy of its conversation's status, so
  // "open + tag" reads only the applications of open conversations, index-only
  // on (workspaceId, tagId, conversationStatus, removedAt, conversationId); the
  // scoped client does not add workspaceId inside relation filters, so we do.
  // (listConversations reads a tag view by priority through
  // list-tagged-conversation-ids instead; this filter serves the other sorts,
  // the API without a status, the live "ids" refetch and saved-view counts.)
  if (r.tagId) {
    where.tagApplications = { some: { workspaceId, tagId: r.tagId, removedAt: null, ...(r.status ? { conversationStatus: r.status } : {}) } };
  }
  if (r.assigneeId !== undefined) where.assigneeId = r.assigneeId;
  if (r.teamId) where.teamId = r.teamId;
  if (r.channelIds) where.channelId = r.channelIds.length === 1 ? r.channelIds[0] : { in: r.channelIds };
  return where;
}

// Keyset paging. Page 1 is one query. A later page is read in two steps, each
// a single range of the view's index (workspaceId, <filter>, status, sort key, id):
// first the rows that tie with the cursor's sort key (after its id), then the
// rows strictly past it. One OR-ed condition instead would make Postgres walk
// every row before the cursor (deep pages O(offset)), and sort keys tie a lot
// (resolved conversations keep their last priority).
export async function listConversations(ctx: Ctx, filters: ConversationFilters) {
  const resolved = await resolveConversationFilters(ctx, filters);
  const where = buildWhere(ctx.workspaceId, resolved);
  const take = filters.limit + 1;
  const find = (extra: Prisma.ConversationWhereInput | null, orderBy: Prisma.ConversationOrderByWithRelationInput[], n: number) =>
    ctx.db.conversation.findMany({ where: extra ? { AND: [where, extra] } : where, orderBy, take: n, select: summarySelect });

  let rows: Awaited<ReturnType<typeof find>>;
  if (filters.sort === 'priority' && resolved.tagId && resolved.status) {
    // A tag view: the page's ids come off the tag's index in priority order
    // (see list-tagged-conversation-ids), then the summaries by id.
    const after = filters.cursor ? decodeCursor(filters.cursor, z.tuple([z.number().int(), z.string().max(64)])) : null;
    const ids = await listTaggedConversationIds(ctx.db, ctx.workspaceId, { ...resolved, tagId: resolved.tagId, status: resolved.status }, after, take);
    const byId = new Map((ids.length ? await ctx.db.conversation.findMany({ where: { id: { in: ids } }, select: summarySelect }) : []).map((c) => [c.id, c]));
    rows = ids.flatMap((id) => byId.get(id) ?? []);
  } else if (filters.sort === 'priority') {
    const orderBy: Prisma.ConversationOrderByWithRelationInput[] = [{ priority: 'desc' }, { id: 'asc' }];
    if (!filters.cursor) rows = await find(null, orderBy, take);
    else {
      const [p, id] = decodeCursor(filters.cursor, z.tuple([z.number().int(), z.string().max(64)]));
      rows = await find({ priority: p, id: { gt: id } }, [{ id: 'asc' }], take);
      if (rows.length < take) rows = rows.concat(await find({ priority: { lt: p } }, orderBy, take - rows.length));
    }
  } else {
    const dir = filters.sort === 'newest' ? 'desc' : 'asc';
    const orderBy: Prisma.ConversationOrderByWithRelationInput[] = [{ lastMessageAt: dir }, { id: dir }];
    if (!filters.cursor) rows = await find(null, orderBy, take);
    else {
      const [t, id] = decodeCursor(filters.cursor, z.tuple([z.string().datetime(), z.string().max(64)]));
      const at = new Date(t);
      const cmp = dir === 'desc' ? 'lt' : 'gt';
      rows = await find({ lastMessageAt: at, id: { [cmp]: id } }, [{ id: dir }], take);
      if (rows.length < take) rows = rows.concat(await find({ lastMessageAt: { [cmp]: at } }, orderBy, take - rows.length));
    }
  }

  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > filters.limit && last
      ? encodeCursor(filters.sort === 'priority' ? [last.priority, last.id] : [last.lastMessageAt.toISOString(), last.id])
      : null;
  return { items: page.map(toSummary), nextCursor };
}
