// The message side of search: the newest matching message of each matching
// conversation, newest first, in keyset pages. Each conversation appears once
// (at its newest match), so pages never repeat a conversation. Raw SQL
// because Prisma cannot express tsvector matching; the workspace is in every
// WHERE (the scoped client does not scope raw queries).
//
// Bounded cost whatever the word (see the search_bounded migration):
//  1. walk the newest SEARCH_LIMITS.walkWindow messages (after the cursor) down
//     the (workspaceId, createdAt) index: a common word fills the page here;
//  2. below that window, at most SEARCH_LIMITS.hitCap matches through the GIN
//     index (this workspace's postings only): a rare word is complete here;
//  3. a word common in older messages but sparse in the window: the page ends
//     with the window (it may hold fewer rows than asked) and its cursor
//     continues below it.
import { Prisma } from '@/lib/generated/prisma/client';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import type { ResolvedFilters } from '@/lib/conversations/list-conversations';

// Tests lower these to exercise every path with a few rows.
export const SEARCH_LIMITS = { walkWindow: 5000, hitCap: 2000 };

export type MessageHit = {
  id: string;
  conversationId: string;
  createdAt: Date;
  direction: 'in' | 'out' | 'note';
  subject: string | null;
  text: string;
};

export type HitCursor = { createdAt: Date; id: string };
type Ctx = Pick<WorkspaceContext, 'db' | 'workspaceId'>;

// Conditions on the conversation (alias c), from the inbox list filters.
function conversationConditions(f: ResolvedFilters): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (f.status) out.push(Prisma.sql`c.status = ${f.status}::"ConversationStatus"`);
  if (f.severity) out.push(Prisma.sql`c.severity = ${f.severity}`);
  if (f.assigneeId === null) out.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (f.assigneeId) out.push(Prisma.sql`c."assigneeId" = ${f.assigneeId}`);
  if (f.teamId) out.push(Prisma.sql`c."teamId" = ${f.teamId}`);
  if (f.channelIds) out.push(Prisma.sql`c."channelId" = ANY(${f.channelIds}::text[])`);
  if (f.tagId) {
    out.push(Prisma.sql`EXISTS (SELECT 1 FROM "TagApplication" t WHERE t."conversationId" = c.id AND t."tagId" = ${f.tagId} AND t."removedAt" IS NULL)`);
  }
  return out;
}

// (createdAt, id) strictly before the cursor, in a form the index can range over.
function before(after: HitCursor | null): Prisma.Sql[] {
  if (!after) return [];
  return [Prisma.sql`m."createdAt" <= ${after.createdAt} AND (m."createdAt" < ${after.createdAt} OR m.id < ${after.id})`];
}

// Matching messages with no newer match in their conversation, newest first.
async function pageWhere(ctx: Ctx, tsquery: string, filters: ResolvedFilters, conditions: Prisma.Sql[], take: number): Promise<MessageHit[]> {
  if (take <= 0) return [];
  const ws = ctx.workspaceId;
  const all = [
    Prisma.sql`m."workspaceId" = ${ws}`,
    ...conditions,
    ...conversationConditions(filters),
    Prisma.sql`NOT EXISTS (
      SELECT 1 FROM "Message" n
      WHERE n."conversationId" = m."conversationId" AND n."createdAt" >= m."createdAt"
        AND (n."createdAt" > m."createdAt" OR n.id > m.id) AND n."searchVector" @@ ${tsquery}::tsquery)`,
  ];
  return ctx.db.$queryRaw<MessageHit[]>`
    SELECT m.id, m."conversationId", m."createdAt", m.direction::text AS direction, m.subject, left(m.text, 20000) AS text
    FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId" AND c."workspaceId" = ${ws}
    WHERE ${Prisma.join(all, ' AND ')}
    ORDER BY m."createdAt" DESC, m.id DESC LIMIT ${take}`;
}

export async function searchMessages(ctx: Ctx, tsquery: string, filters: ResolvedFilters, after: HitCursor | null, limit: number): Promise<{ hits: MessageHit[]; next: HitCursor | null }> {
  // The window: the newest walkWindow messages after the cursor (null: fewer remain).
  const [edge] = await ctx.db.$queryRaw<{ createdAt: Date }[]>`
    SELECT m."createdAt" FROM "Message" m
    WHERE ${Prisma.join([Prisma.sql`m."workspaceId" = ${ctx.workspaceId}`, ...before(after)], ' AND ')}
    ORDER BY m."createdAt" DESC OFFSET ${SEARCH_LIMITS.walkWindow - 1} LIMIT 1`;
  // 1. The walk (`IS TRUE` keeps the GIN index out of this plan).
  const walked = await pageWhere(
    ctx,
    tsquery,
    filters,
    [...before(after), ...(edge ? [Prisma.sql`m."createdAt" >= ${edge.createdAt}`] : []), Prisma.sql`(m."searchVector" @@ ${tsquery}::tsquery) IS TRUE`],
    limit + 1,
  );
  if (walked.length > limit) return { hits: walked.slice(0, limit), next: cursorOf(walked[limit - 1]) };
  if (!edge) return { hits: walked, next: null };

  // 2. Below the window, through the GIN index, if the word is rare enough there.
  const older = await ctx.db.$queryRaw<{ id: string }[]>`
    SELECT id FROM switchboard_search_message_hits(${ctx.workspaceId}, ${tsquery}::tsquery, ${SEARCH_LIMITS.hitCap + 1}, ${edge.createdAt})`;
  // 3. Too many: stop at the window; the cursor continues below it (every
  //    message at the edge's time was in the window).
  if (older.length > SEARCH_LIMITS.hitCap) return { hits: walked, next: { createdAt: edge.createdAt, id: '' } };
  const rest = older.length
    ? await pageWhere(ctx, tsquery, filters, [Prisma.sql`m.id = ANY(${older.map((o) => o.id)}::text[])`], limit + 1 - walked.length)
    : [];
  const hits = [...walked, ...rest];
  return hits.length > limit ? { hits: hits.slice(0, limit), next: cursorOf(hits[limit - 1]) } : { hits, next: null };
}

function cursorOf(h: MessageHit): HitCursor {
  return { createdAt: h.createdAt, id: h.id };
}
