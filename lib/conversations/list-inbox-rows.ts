// The inbox list's rows for the browser (app/api/inbox/conversations and the
// server-rendered first page alike): the conversation summary of the list
// API, as JSON (dates as ISO strings, so the first page and later pages have
// one shape), plus the SLA deadline the row counts down to.
//
// Two modes:
// - a page (filters + cursor), exactly as listConversations pages the view;
// - `ids`: the rows among these ids that are in the view now. The live list
//   asks for the rows an event named; an id that is missing from the answer
//   left the view (resolved, re-assigned out of "Mine", re-tagged) and is
//   dropped from the screen.
import { z } from 'zod';
import type { WorkspaceContext } from '@/lib/api/with-workspace';
import { buildWhere, conversationFilters, listConversations, resolveConversationFilters } from '@/lib/conversations/list-conversations';
import { summarySelect, toSummary, type ConversationSummary } from '@/lib/conversations/conversation-summary';
import { nextSlaDue } from '@/lib/conversations/next-sla-due';

type Jsonify<T> = T extends Date ? string : T extends (infer U)[] ? Jsonify<U>[] : T extends object ? { [K in keyof T]: Jsonify<T[K]> } : T;
export type InboxRow = Jsonify<ConversationSummary> & { slaDueAt: string | null };

// The page's filters (default: open, by priority) and, optionally, ids ("a,b,c" or repeated).
export const inboxListInput = z.preprocess(
  (raw) => ({ status: 'open', ...(raw as object) }),
  conversationFilters.extend({
    ids: z
      .union([z.string(), z.array(z.string())])
      .transform((v) => [...new Set((Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))])
      .pipe(z.array(z.string().max(64)).min(1).max(100))
      .optional(),
  }),
);
export type InboxListInput = z.infer<typeof inboxListInput>;

type Ctx = Pick<WorkspaceContext, 'db' | 'actor' | 'workspaceId'>;

export function toInboxRow(s: ConversationSummary): InboxRow {
  const slaDue = nextSlaDue(s);
  return { ...(JSON.parse(JSON.stringify(s)) as Jsonify<ConversationSummary>), slaDueAt: slaDue ? slaDue.toISOString() : null };
}

export async function listInboxRows(ctx: Ctx, input: InboxListInput): Promise<{ items: InboxRow[]; nextCursor: string | null }> {
  const { ids, ...filters } = input;
  if (!ids) {
    const page = await listConversations(ctx, filters);
    return { items: page.items.map(toInboxRow), nextCursor: page.nextCursor };
  }
  const where = buildWhere(ctx.workspaceId, await resolveConversationFilters(ctx, filters));
  const rows = await ctx.db.conversation.findMany({ where: { AND: [where, { id: { in: ids } }] }, select: summarySelect });
  return { items: rows.map((r) => toInboxRow(toSummary(r))), nextCursor: null };
}
