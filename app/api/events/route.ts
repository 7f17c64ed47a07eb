// GET /api/events — the inbox's live updates as server-sent events for the
// signed-in member (session only; 401 otherwise): conversation, message,
// presence and notification events of their workspace, from every process.
// See lib/live/open-event-stream.ts. A client that reconnects sends
// Last-Event-ID (or ?lastEventId= on a new EventSource) and is told to resync.
import { withWorkspace } from '@/lib/api/with-workspace';
import { openEventStream } from '@/lib/live/open-event-stream';

// Never cached or pre-rendered; Node (the relay needs it), streamed as written.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = withWorkspace({ auth: 'session' }, async ({ request, ctx }) => {
  const lastEventId = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId');
  return openEventStream(
    { workspaceId: ctx.workspaceId, membershipId: ctx.actor.type === 'user' ? ctx.actor.membershipId : null },
    { signal: request.signal, lastEventId },
  );
});
