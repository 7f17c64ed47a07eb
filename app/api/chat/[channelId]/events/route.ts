// GET /api/chat/:channelId/events?visitorId=…&token=…&after=… — server-sent
// events with the agent's replies, live (EventSource cannot send headers, so
// the visitor's token comes in the query string).
import { chatPreflight, chatRoute, visitorFromRequest } from '@/lib/channels/chat/chat-route';
import { isValidVisitor } from '@/lib/channels/chat/visitor-token';
import { invalidVisitor } from '@/lib/channels/chat/receive-chat-message';
import { streamVisitorEvents } from '@/lib/channels/chat/stream-visitor-events';

export const dynamic = 'force-dynamic';

export const GET = chatRoute(async ({ request, channel }) => {
  const { visitorId, token } = visitorFromRequest(request);
  if (!isValidVisitor(channel, visitorId, token)) throw invalidVisitor();
  const after = (request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('after') ?? '').slice(0, 64) || undefined;
  return streamVisitorEvents(channel, visitorId, { after, signal: request.signal });
});

export const OPTIONS = chatPreflight('GET');
