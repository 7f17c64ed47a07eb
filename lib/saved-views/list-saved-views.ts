// The saved views a member sees in the inbox's left pane: their own and the
// workspace's shared ones, by name, each with its count of conversations,
// capped like the other view counts (VIEW_COUNT_CAP, shown as "1k+"). A view
// whose filter no longer resolves (a deleted tag) keeps its link but gets no
// count rather than failing the whole pane.
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { ApiError } from '@/lib/api/errors';
import { buildWhere, conversationFilters, resolveConversationFilters } from '@/lib/conversations/list-conversations';
import { VIEW_COUNT_CAP } from '@/lib/conversations/count-inbox-views';
import { viewQuery } from '@/lib/saved-views/saved-view-query';
import type { InboxQuery } from '@/lib/ui/inbox-query';

type Ctx = Pick<WorkspaceContext, 'db' | 'actor' | 'workspaceId' | 'role'>;

export type SavedViewItem = { id: string; name: string; query: InboxQuery; shared: boolean; mine: boolean; count: number | null };

export async function listSavedViews(ctx: Ctx, opts: { counts?: boolean } = {}): Promise<SavedViewItem[]> {
  const me = ctx.actor.type === 'user' ? ctx.actor.membershipId : null;
  const rows = await ctx.db.savedView.findMany({
    where: me ? { OR: [{ shared: true }, { ownerId: me }] } : { shared: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, query: true, shared: true, ownerId: true },
  });
  return Promise.all(
    rows.map(async (v) => {
      const query = viewQuery(v.query);
      return { id: v.id, name: v.name, query, shared: v.shared, mine: me !== null && v.ownerId === me, count: opts.counts === false ? null : await countView(ctx, query) };
    }),
  );
}

async function countView(ctx: Ctx, query: InboxQuery): Promise<number | null> {
  const parsed = conversationFilters.safeParse({ status: 'open', ...query });
  if (!parsed.success) return null;
  try {
    const where = buildWhere(ctx.workspaceId, await resolveConversationFilters(ctx, parsed.data));
    // Bounded like countInboxViews: at most VIEW_COUNT_CAP + 1 rows are counted.
    return await ctx.db.conversation.count({ where, take: VIEW_COUNT_CAP + 1 });
  } catch (err) {
    if (err instanceof ApiError && err.status < 500) return null;
    throw err;
  }
}
