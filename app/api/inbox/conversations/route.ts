// GET /api/inbox/conversations — the inbox's conversation list for the
// signed-in member (session only; 401 JSON otherwise): the page's filters
// (status [open], tag, severity, assignee incl. "me"/"none", team, channel,
// sort, cursor, limit) or `ids=a,b` for the live refetch of changed rows.
// Same rows as the server-rendered first page; see lib/conversations/list-inbox-rows.ts.
import { withWorkspace } from '@/lib/api/with-workspace';
import { inboxListInput, listInboxRows } from '@/lib/conversations/list-inbox-rows';

export const dynamic = 'force-dynamic';

export const GET = withWorkspace({ auth: 'session', query: inboxListInput }, async ({ ctx, query }) => {
  const page = await listInboxRows(ctx, query);
  return Response.json(page, { headers: { 'cache-control': 'no-store' } });
});
