// A visitor's message from the widget: check the visitor's token, then ingest
// it like any provider's message (one transaction, idempotent on the widget's
// clientMessageId). The visitor's other open tabs get it live.
import { ApiError } from '@/lib/api/errors';
import type { LoadedChannel } from '@/lib/channels/load-channel';
import { ingestInboundMessage } from '@/lib/ingest/ingest-inbound-message';
import type { InboundMessage } from '@/lib/ingest/inbound-message';
import { publishLive } from '@/lib/live/live-events';
import { isValidVisitor } from '@/lib/channels/chat/visitor-token';
import { chatProviderMessageId, chatTopic, visitorThreadKey } from '@/lib/channels/chat/chat-topic';
import { captureVisitorEmail } from '@/lib/channels/chat/capture-visitor-email';
import { visitorDisplayName } from '@/lib/channels/chat/visitor-name';
import { rateLimit } from '@/lib/webhooks/rate-limit-channel';
import type { ChatMessageBody } from '@/lib/channels/chat/schema';

export function invalidVisitor(): ApiError {
  return new ApiError(401, 'invalid_visitor', 'Unknown visitor or wrong token; start a new chat session');
}

export function normalizeChatMessage(body: ChatMessageBody, now = new Date()): InboundMessage {
  return {
    providerMessageId: chatProviderMessageId(body.visitorId, body.clientMessageId),
    // The server's clock: a visitor's clock may be anything.
    sentAt: now,
    contact: { externalId: body.visitorId, name: body.name ?? visitorDisplayName(body.visitorId), email: body.email },
    text: body.text.trim(),
    threadKey: visitorThreadKey(body.visitorId),
    meta: body.pageUrl ? { pageUrl: body.pageUrl } : {},
  };
}

export async function receiveChatMessage(channel: LoadedChannel, body: ChatMessageBody) {
  if (!isValidVisitor(channel, body.visitorId, body.token)) throw invalidVisitor();
  // One visitor cannot use up the channel's whole budget: 20 messages per 10 s.
  await rateLimit('chat-visitor', `${channel.channel.id}:${body.visitorId}`, 20, 10);
  const result = await ingestInboundMessage(channel.channel, normalizeChatMessage(body));
  if (body.email) await captureVisitorEmail(channel, { visitorId: body.visitorId, email: body.email, name: body.name });
  if (result.created) {
    // Fire and forget: the visitor's other tabs; Postgres already holds the message.
    void publishLive(chatTopic(channel.channel.id, body.visitorId), {
      type: 'message',
      message: { id: result.messageId, direction: 'in', text: body.text.trim(), at: new Date().toISOString(), clientMessageId: body.clientMessageId, status: 'received' },
    });
  }
  return { created: result.created, messageId: result.messageId, conversationId: result.conversationId, clientMessageId: body.clientMessageId };
}
