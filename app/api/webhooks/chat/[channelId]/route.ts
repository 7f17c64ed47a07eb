// POST /api/webhooks/chat/:channelId — a visitor's message from the chat widget:
// {visitorId, token, clientMessageId, text, name?, email?, pageUrl?} → 201 with
// the ids; 200 with the same ids when this clientMessageId was already stored.
import { readJsonBody } from '@/lib/api/read-json-body';
import { chatPreflight, chatRoute } from '@/lib/channels/chat/chat-route';
import { chatMessageBody } from '@/lib/channels/chat/schema';
import { receiveChatMessage } from '@/lib/channels/chat/receive-chat-message';

export const POST = chatRoute(async ({ request, channel }) => {
  const body = chatMessageBody.parse(await readJsonBody(request, 64 * 1024));
  const { created, ...ids } = await receiveChatMessage(channel, body);
  return Response.json({ ...ids, duplicate: !created }, { status: created ? 201 : 200 });
});

export const OPTIONS = chatPreflight('POST');
