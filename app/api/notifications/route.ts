// GET  /api/notifications?limit=&cursor=&unread=true — the signed-in member's
//      notifications, newest first, and their unread count.
// POST /api/notifications {"ids":[…]} or {"all":true} — mark them read.
// Session only: notifications belong to a person, not to an API key.
import { withWorkspace } from '@/lib/api/with-workspace';
import { listNotifications, listNotificationsInput } from '@/lib/notifications/list-notifications';
import { markNotificationsRead, markReadInput } from '@/lib/notifications/mark-notifications-read';

export const dynamic = 'force-dynamic';

export const GET = withWorkspace({ auth: 'session', query: listNotificationsInput }, async ({ ctx, query }) => {
  const list = await listNotifications(ctx, query);
  return Response.json(list, { headers: { 'cache-control': 'no-store' } });
});

export const POST = withWorkspace({ auth: 'session', body: markReadInput }, async ({ ctx, body }) => markNotificationsRead(ctx, body));
