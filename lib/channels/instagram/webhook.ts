// The Instagram channel's WebhookAdapter (DMs and comments).
import type { WebhookAdapter } from '@/lib/webhooks/webhook-route';
import { verifyMetaWebhook } from '@/lib/channels/meta/verify-signature';
import { parseJsonBody } from '@/lib/channels/meta/messaging-schema';
import { finishMetaBatch } from '@/lib/channels/meta/finish-meta-batch';
import { instagramWebhookSchema, type InstagramWebhookBody } from '@/lib/channels/instagram/schema';
import { normalizeInstagramPayload } from '@/lib/channels/instagram/normalize';

export const instagramWebhook: WebhookAdapter<InstagramWebhookBody> = {
  provider: 'instagram',
  verify: verifyMetaWebhook,
  parse: ({ raw }) => instagramWebhookSchema.parse(parseJsonBody(raw)),
  normalize: (body, channel) => finishMetaBatch(normalizeInstagramPayload(body, channel.settings), channel),
};
