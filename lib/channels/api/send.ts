// Replies on the API channel. When the channel has a callbackUrl, the reply is
// POSTed there as JSON, signed like Meta's webhooks
// (X-Switchboard-Signature: sha256=hex(HMAC-SHA256(callbackSecret, body)));
// otherwise it is simply recorded and the source system reads it via the API.
import crypto from 'node:crypto';
import type { Sender } from '@/lib/outbound/send-context';
import { sendErrorFromResponse, sendErrorFromNetwork } from '@/lib/outbound/send-errors';

export const sendApiMessage: Sender = async ({ channel, message, conversation, recipient }) => {
  const callbackUrl = channel.settings.callbackUrl as string | undefined;
  if (!callbackUrl) return { providerMessageId: `api-${message.id}`, status: 'sent' };
  const body = JSON.stringify({
    messageId: message.id,
    conversationId: conversation.id,
    inReplyTo: recipient.externalId,
    text: message.text,
    sentAt: new Date().toISOString(),
  });
  const signature = crypto.createHmac('sha256', channel.secrets.callbackSecret ?? '').update(body).digest('hex');
  let res: Response;
  try {
    res = await fetch(callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-switchboard-signature': `sha256=${signature}`, 'idempotency-key': message.id },
      body,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    throw sendErrorFromNetwork('API callback', err);
  }
  if (!res.ok) throw sendErrorFromResponse('API callback', res.status, (await res.text()).slice(0, 300), res.headers.get('retry-after'));
  return { providerMessageId: `api-${message.id}`, status: 'delivered' };
};
