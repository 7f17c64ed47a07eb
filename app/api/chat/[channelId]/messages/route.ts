// GET /api/chat/:channelId/messages?after=<messageId>&read=1 — this visitor's
// history (headers x-chat-visitor and x-chat-token). The widget's fallback when
// server-sent events do not get through.
import { chatPreflight, chatRoute, visitorFromRequest } from '@/lib/channels/chat/chat-route';
import { chatHistoryQuery } from '@/lib/channels/chat/schema';
import { isValidVisitor } from '@/lib/channels/chat/visitor-token';
import { invalidVisitor } from '@/lib/channels/chat/receive-chat-message';
import { listVisitorMessages } from '@/lib/channels/chat/list-visitor-messages';

export const GET = chatRoute(async ({ request, channel }) => {
  const { visitorId, token } = visitorFromRequest(request);
  if (!isValidVisitor(channel, visitorId, token)) throw invalidVisitor();
  const url = new URL(request.url);
  const { after } = chatHistoryQuery.parse({ after: url.searchParams.get('after') ?? undefined });
  const messages = await listVisitorMessages(channel, visitorId, { after, markRead: url.searchParams.get('read') === '1' });
  return Response.json({ messages }, { headers: { 'cache-control': 'no-store' } });
});

export const OPTIONS = chatPreflight('GET');
