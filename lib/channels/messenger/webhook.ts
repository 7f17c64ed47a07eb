// The Messenger channel's WebhookAdapter (Page DMs and Page comments).
import type { WebhookAdapter } from '@/lib/webhooks/webhook-route';
import { verifyMetaWebhook } from '@/lib/channels/meta/verify-signature';
import { parseJsonBody } from '@/lib/channels/meta/messaging-schema';
import { finishMetaBatch } from '@/lib/channels/meta/finish-meta-batch';
import { messengerWebhookSchema, type MessengerWebhookBody } from '@/lib/channels/messenger/schema';
import { normalizeMessengerPayload } from '@/lib/channels/messenger/normalize';

export const messengerWebhook: WebhookAdapter<MessengerWebhookBody> = {
  provider: 'messenger',
  verify: verifyMetaWebhook,
  parse: ({ raw }) => messengerWebhookSchema.parse(parseJsonBody(raw)),
  normalize: (body, channel) => finishMetaBatch(normalizeMessengerPayload(body, channel.settings), channel),
};
