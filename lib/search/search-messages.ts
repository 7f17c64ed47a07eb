// The message side of search: the newest matching message of each matching
// conversation, newest first, in keyset pages. Each conversation appears once
// (at its newest match), so pages never repeat a conversation. Raw SQL
// because Prisma cannot express tsvector matching; the workspace is in every
// WHERE (the scoped client does not scope raw queries).
//
// Bounded cost whatever the word (see the search_bounded migration): walk
// the newest SEARCH_LIMITS.firstWindow messages (after the cursor) down the
// (workspaceId, createdAt) index, where a common word fills the page. If none
// matched there, the word is probably rare: every match below, through the GIN
// index (this workspace's postings only), if there are at most hitCap. Else a
// longer walk of secondWindow messages, then the GIN index below that; if the
// word is still too common there, the page is short and its cursor continues
// below the walk. So a page reads at most ~12,000 messages plus hitCap GIN hits.
import { Prisma } from '@/lib/generated/prisma/client';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import type { ResolvedFilters } from '@/lib/conversations/list-conversations';

// Tests lower these to exercise every path with a few rows.
export const SEARCH_LIMITS = { firstWindow: 2000, hitCap: 5000, secondWindow: 10_000 };

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

// The newest `window` messages below `from` that match (null edge: fewer remained).
async function walk(ctx: Ctx, tsquery: string, filters: ResolvedFilters, from: HitCursor | null, window: number, take: number) {
  const [edge] = await ctx.db.$queryRaw<{ createdAt: Date }[]>`
    SELECT m."createdAt" FROM "Message" m
    WHERE ${Prisma.join([Prisma.sql`m."workspaceId" = ${ctx.workspaceId}`, ...before(from)], ' AND ')}
    ORDER BY m."createdAt" DESC OFFSET ${window - 1} LIMIT 1`;
  const hits = await pageWhere(
    ctx,
    tsquery,
    filters,
    // `IS TRUE` keeps the GIN index out of this plan: a walk, never a full lookup.
    [...before(from), ...(edge ? [Prisma.sql`m."createdAt" >= ${edge.createdAt}`] : []), Prisma.sql`(m."searchVector" @@ ${tsquery}::tsquery) IS TRUE`],
    take,
  );
  // Below the edge = strictly older than it (every message at the edge's time was walked).
  return { hits, edge: edge ? { createdAt: edge.createdAt, id: '' } : null };
}

export async function searchMessages(ctx: Ctx, tsquery: string, filters: ResolvedFilters, after: HitCursor | null, limit: number): Promise<{ hits: MessageHit[]; next: HitCursor | null }> {
  const done = (hits: MessageHit[], more: HitCursor | null) =>
    hits.length > limit ? { hits: hits.slice(0, limit), next: cursorOf(hits[limit - 1]) } : { hits, next: more };
  // Every match older than `edge`, if there are at most hitCap of them (else null).
  const rareBelow = async (edge: HitCursor, take: number) => {
    const older = await ctx.db.$queryRaw<{ id: string }[]>`
      SELECT id FROM switchboard_search_message_hits(${ctx.workspaceId}, ${tsquery}::tsquery, ${SEARCH_LIMITS.hitCap + 1}, ${edge.createdAt})`;
    if (older.length > SEARCH_LIMITS.hitCap) return null;
    return older.length ? pageWhere(ctx, tsquery, filters, [Prisma.sql`m.id = ANY(${older.map((o) => o.id)}::text[])`], take) : [];
  };

  // 1. The newest messages: a common word fills the page here.
  const first = await walk(ctx, tsquery, filters, after, SEARCH_LIMITS.firstWindow, limit + 1);
  if (first.hits.length > limit || !first.edge) return done(first.hits, null);

  // 2. None among them: most likely a rare word, complete through the GIN index.
  if (first.hits.length === 0) {
    const rest = await rareBelow(first.edge, limit + 1);
    if (rest) return done(rest, null);
  }
  // 3. Some (or too many older ones): a longer walk...
  const second = await walk(ctx, tsquery, filters, first.edge, SEARCH_LIMITS.secondWindow, limit + 1 - first.hits.length);
  const hits = [...first.hits, ...second.hits];
  if (hits.length > limit || !second.edge) return done(hits, null);
  // 4. ...then the GIN index below it, or a short page whose cursor continues below the walk.
  const rest = await rareBelow(second.edge, limit + 1 - hits.length);
  return rest ? done([...hits, ...rest], null) : done(hits, second.edge);
}

function cursorOf(h: MessageHit): HitCursor {
  return { createdAt: h.createdAt, id: h.id };
}
