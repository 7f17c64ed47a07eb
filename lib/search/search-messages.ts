// The message side of search: the newest matching message of each matching
// conversation, newest first, in keyset pages. Each conversation appears once
// (at its newest match: the NOT EXISTS skips older matches of a conversation),
// so pages never repeat a conversation. Raw SQL because Prisma cannot express
// tsvector matching; the workspace is in every WHERE (the scoped client does
// not scope raw queries).
import { Prisma } from '@/lib/generated/prisma/client';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import type { ResolvedFilters } from '@/lib/conversations/list-conversations';

export type MessageHit = {
  id: string;
  conversationId: string;
  createdAt: Date;
  direction: 'in' | 'out' | 'note';
  subject: string | null;
  text: string;
};

export type HitCursor = { createdAt: Date; id: string };

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

export async function searchMessages(
  ctx: Pick<WorkspaceContext, 'db' | 'workspaceId'>,
  tsquery: string,
  filters: ResolvedFilters,
  after: HitCursor | null,
  limit: number,
): Promise<MessageHit[]> {
  const ws = ctx.workspaceId;
  const conditions = [
    Prisma.sql`m."workspaceId" = ${ws}`,
    Prisma.sql`m."searchVector" @@ ${tsquery}::tsquery`,
    ...(after ? [Prisma.sql`m."createdAt" <= ${after.createdAt} AND (m."createdAt" < ${after.createdAt} OR m.id < ${after.id})`] : []),
    ...conversationConditions(filters),
    Prisma.sql`NOT EXISTS (
      SELECT 1 FROM "Message" n
      WHERE n."conversationId" = m."conversationId" AND n."createdAt" >= m."createdAt"
        AND (n."createdAt" > m."createdAt" OR n.id > m.id) AND n."searchVector" @@ ${tsquery}::tsquery)`,
  ];
  return ctx.db.$queryRaw<MessageHit[]>`
    SELECT m.id, m."conversationId", m."createdAt", m.direction::text AS direction, m.subject, left(m.text, 20000) AS text
    FROM "Message" m
    JOIN "Conversation" c ON c.id = m."conversationId" AND c."workspaceId" = ${ws}
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY m."createdAt" DESC, m.id DESC
    LIMIT ${limit}`;
}
