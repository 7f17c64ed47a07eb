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

type Ctx = Pick<WorkspaceContext, 'db' | 'actor'>;

async function buildWhere(ctx: Ctx, f: ConversationFilters): Promise<Prisma.ConversationWhereInput> {
  const where: Prisma.ConversationWhereInput = {};
  if (f.status) where.status = f.status;
  if (f.severity) where.severity = f.severity;
  if (f.tag) {
    const tag = await ctx.db.tag.findFirst({ where: { key: f.tag }, select: { id: true } });
    if (!tag) throw badRequest(`Unknown tag "${f.tag}"`);
    where.tagApplications = { some: { tagId: tag.id, removedAt: null } };
  }
  if (f.assignee === 'none') where.assigneeId = null;
  else if (f.assignee === 'me') {
    if (ctx.actor.type !== 'user') throw badRequest('assignee=me needs a signed-in user; pass a member id with an API key');
    where.assigneeId = ctx.actor.membershipId;
  } else if (f.assignee) {
    const m = await ctx.db.membership.findFirst({ where: { id: f.assignee }, select: { id: true } });
    if (!m) throw badRequest(`Unknown assignee "${f.assignee}"`);
    where.assigneeId = m.id;
  }
  if (f.team) {
    const team = await ctx.db.team.findFirst({ where: { OR: [{ key: f.team }, { id: f.team }] }, select: { id: true } });
    if (!team) throw badRequest(`Unknown team "${f.team}"`);
    where.teamId = team.id;
  }
  if (f.channel) {
    if ((providers as readonly string[]).includes(f.channel)) where.channel = { provider: f.channel as (typeof providers)[number] };
    else {
      const ch = await ctx.db.channel.findFirst({ where: { id: f.channel }, select: { id: true } });
      if (!ch) throw badRequest(`Unknown channel "${f.channel}"`);
      where.channelId = ch.id;
    }
  }
  return where;
}

export async function listConversations(ctx: Ctx, filters: ConversationFilters) {
  const where = await buildWhere(ctx, filters);
  let orderBy: Prisma.ConversationOrderByWithRelationInput[];
  let after: Prisma.ConversationWhereInput | undefined;

  if (filters.sort === 'priority') {
    orderBy = [{ priority: 'desc' }, { id: 'asc' }];
    if (filters.cursor) {
      const [p, id] = decodeCursor(filters.cursor, z.tuple([z.number().int(), z.string().max(64)]));
      after = { OR: [{ priority: { lt: p } }, { priority: p, id: { gt: id } }] };
    }
  } else {
    const dir = filters.sort === 'newest' ? 'desc' : 'asc';
    orderBy = [{ lastMessageAt: dir }, { id: dir }];
    if (filters.cursor) {
      const [t, id] = decodeCursor(filters.cursor, z.tuple([z.string().datetime(), z.string().max(64)]));
      const at = new Date(t);
      const cmp = dir === 'desc' ? 'lt' : 'gt';
      after = { OR: [{ lastMessageAt: { [cmp]: at } }, { lastMessageAt: at, id: { [cmp]: id } }] };
    }
  }

  const rows = await ctx.db.conversation.findMany({
    where: after ? { AND: [where, after] } : where,
    orderBy,
    take: filters.limit + 1,
    select: summarySelect,
  });
  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > filters.limit && last
      ? encodeCursor(filters.sort === 'priority' ? [last.priority, last.id] : [last.lastMessageAt.toISOString(), last.id])
      : null;
  return { items: page.map(toSummary), nextCursor };
}
