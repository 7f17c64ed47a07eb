// The contact side of search: contacts whose name, handle, email or phone
// match (merged-away contacts excluded), newest first (ids are uuid7, so a
// common name is answered by walking the primary key until enough match,
// a rare one from the GIN index), with their identities and latest
// conversation so the UI can open it.
import type { WorkspaceContext } from '@/lib/api/with-workspace';

export async function searchContacts(ctx: Pick<WorkspaceContext, 'db' | 'workspaceId'>, tsquery: string, limit: number) {
  const rows = await ctx.db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Contact" c
    WHERE c."workspaceId" = ${ctx.workspaceId} AND c."mergedIntoId" IS NULL AND c."searchVector" @@ ${tsquery}::tsquery
    ORDER BY c.id DESC
    LIMIT ${limit}`;
  if (!rows.length) return [];
  const contacts = await ctx.db.contact.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: {
      id: true,
      name: true,
      avatarUrl: true,
      isVip: true,
      verified: true,
      followerCount: true,
      lastSeenAt: true,
      identities: { orderBy: { createdAt: 'asc' }, select: { provider: true, handle: true, email: true, phone: true } },
      conversations: { orderBy: { lastMessageAt: 'desc' }, take: 1, select: { id: true, status: true, lastMessageAt: true } },
    },
  });
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return rows.flatMap((r) => {
    const c = byId.get(r.id);
    if (!c) return [];
    const { conversations, ...rest } = c;
    return [{ ...rest, latestConversation: conversations[0] ?? null }];
  });
}

export type ContactHit = Awaited<ReturnType<typeof searchContacts>>[number];
