// The ids of one page of a tag view ("open, tagged technical_issue", by
// priority), read off TagApplication's (workspaceId, tagId,
// conversationStatus, removedAt, conversationPriority DESC, conversationId)
// index: conversationStatus and conversationPriority are trigger-kept copies
// of the conversation's (migration tag_list_priority), so the page is the
// first `take` entries of one index range, however many open conversations
// the workspace has. (Through Prisma, the tag filter is an EXISTS that made
// Postgres read every open conversation of the workspace and hash-join them
// with the tag's applications to keep 26: 35-60 ms on 1,000,000
// conversations.)
//
// Keyset paging as in listConversations: the rows that tie with the cursor's
// priority (after its id), then the rows strictly below it; here both ranges
// go out as one statement. Other filters (assignee, team, ...) look the
// conversation up (below). Raw SQL: the workspace is in every WHERE.
import { Prisma } from '@/lib/generated/prisma/client';
import type { ScopedDb } from '@/lib/tenancy';
import type { ResolvedFilters } from './list-conversations';

export type TaggedView = ResolvedFilters & { tagId: string; status: NonNullable<ResolvedFilters['status']> };

export async function listTaggedConversationIds(
  db: ScopedDb,
  workspaceId: string,
  r: TaggedView,
  after: [priority: number, id: string] | null,
  take: number,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor = after;
  // The app never applies a tag twice at once, but nothing in the schema
  // forbids it: a conversation's duplicate entries sit next to each other
  // (same priority, same id) and are skipped; if that leaves the page short,
  // read on from the last entry.
  for (;;) {
    const want = take - ids.length;
    const rows = await db.$queryRaw<{ id: string; priority: number }[]>(pageSql(workspaceId, r, cursor, want));
    for (const row of rows) if (ids[ids.length - 1] !== row.id) ids.push(row.id);
    const last = rows[rows.length - 1];
    if (ids.length >= take || rows.length < want || !last) return ids;
    cursor = [last.priority, last.id];
  }
}

function pageSql(ws: string, r: TaggedView, after: [number, string] | null, n: number): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (r.severity) conditions.push(Prisma.sql`c.severity = ${r.severity}`);
  if (r.assigneeId === null) conditions.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (r.assigneeId !== undefined) conditions.push(Prisma.sql`c."assigneeId" = ${r.assigneeId}`);
  if (r.teamId) conditions.push(Prisma.sql`c."teamId" = ${r.teamId}`);
  if (r.channelIds) conditions.push(Prisma.sql`c."channelId" = ANY(${r.channelIds}::text[])`);
  // Other filters: each application, in index order, looks its conversation
  // up by id until the page is full (LATERAL ... OFFSET 0 keeps Postgres from
  // turning it into a hash join). The planner would otherwise hash-join every
  // conversation matching the filter (38,000 unassigned ones: 19-100 ms on the
  // bench), misled by the tag's applications being all of open conversations.
  // This costs at most one lookup per open application of the tag.
  const join = conditions.length
    ? Prisma.sql`CROSS JOIN LATERAL (SELECT 1 FROM "Conversation" c WHERE c.id = t."conversationId" AND c."workspaceId" = ${ws} AND ${Prisma.join(conditions, ' AND ')} OFFSET 0) c`
    : Prisma.empty;
  const range = (where: Prisma.Sql, orderBy: Prisma.Sql) => Prisma.sql`
    SELECT t."conversationId" AS id, t."conversationPriority" AS priority
    FROM "TagApplication" t ${join}
    WHERE t."workspaceId" = ${ws} AND t."tagId" = ${r.tagId} AND t."conversationStatus" = ${r.status}::"ConversationStatus"
      AND t."removedAt" IS NULL AND ${where}
    ORDER BY ${orderBy} LIMIT ${n}`;
  const byPriority = Prisma.sql`t."conversationPriority" DESC, t."conversationId" ASC`;
  if (!after) return range(Prisma.sql`TRUE`, byPriority);
  const [p, id] = after;
  return Prisma.sql`
    SELECT id, priority FROM (
      (${range(Prisma.sql`t."conversationPriority" = ${p} AND t."conversationId" > ${id}`, Prisma.sql`t."conversationId" ASC`)})
      UNION ALL
      (${range(Prisma.sql`t."conversationPriority" < ${p}`, byPriority)})
    ) page
    ORDER BY priority DESC, id ASC LIMIT ${n}`;
}
