// The contact side of search: contacts whose name, handle, email or phone
// match (merged-away contacts excluded), most recently seen first, with their
// identities and latest conversation so the UI can open it. The matches come
// from the GIN index, at most HIT_CAP of them (see the search_bounded
// migration): for a very common name the order is among those, which keeps
// the cost flat; more words narrow it down.
import type { WorkspaceContext } from '@/lib/api/with-workspace';

const HIT_CAP = 2000;

export async function searchContacts(ctx: Pick<WorkspaceContext, 'db' | 'workspaceId'>, tsquery: string, limit: number) {
  const rows = await ctx.db.$queryRaw<{ id: string }[]>`
    SELECT h.id FROM switchboard_search_contact_hits(${ctx.workspaceId}, ${tsquery}::tsquery, ${HIT_CAP}) h
    ORDER BY h."lastSeenAt" DESC NULLS LAST, h.id DESC
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
