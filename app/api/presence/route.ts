// Collision detection for the signed-in member's tabs:
// POST   /api/presence {"conversationId","state":"viewing"|"typing"|"left","tabId"}
//        a heartbeat (every ~10 s while a conversation is open; at once when
//        typing starts or stops), or "left" (navigator.sendBeacon on unload)
//        → {"viewers":[{membershipId,name,state}]} of that conversation.
// DELETE /api/presence?conversationId=&tabId= — leaving, from code that can send DELETE.
// GET    /api/presence — every conversation someone has open: {"conversations":{id:[viewers]}}.
import { withWorkspace } from '@/lib/api/with-workspace';
import { presenceInput, recordPresence } from '@/lib/presence/record-presence';
import { listPresence } from '@/lib/presence/list-presence';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { headers: { 'cache-control': 'no-store' } };

export const GET = withWorkspace({ auth: 'session' }, async ({ ctx }) => Response.json(await listPresence(ctx), noStore));

export const POST = withWorkspace({ auth: 'session', body: presenceInput }, async ({ ctx, body }) => recordPresence(ctx, body));

const leaveQuery = presenceInput.pick({ conversationId: true, tabId: true }).strict();

export const DELETE = withWorkspace({ auth: 'session', query: leaveQuery }, async ({ ctx, query }) =>
  recordPresence(ctx, { ...query, state: 'left' }),
);
