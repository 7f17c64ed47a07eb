// The X Account Activity adapter for lib/webhooks/webhook-route.ts.
import type { WebhookAdapter } from '@/lib/webhooks/webhook-route';
import { verifyXSignature } from '@/lib/channels/x/verify-signature';
import { parseXWebhook, type XWebhookPayload } from '@/lib/channels/x/schema';
import { normalizeXEvents, xAccountId } from '@/lib/channels/x/normalize';
import { recordChannelError } from '@/lib/channels/record-channel-health';

export const xWebhookAdapter: WebhookAdapter<XWebhookPayload> = {
  provider: 'x',
  verify: verifyXSignature,
  parse: ({ raw }) => parseXWebhook(raw),
  normalize: async (payload, channel) => {
    // Events for another account mean the webhook is subscribed for the wrong user: show it on the channel.
    if (payload.for_user_id !== xAccountId(channel)) {
      await recordChannelError(channel.channel.id, `Ignored X events for user ${payload.for_user_id}; this channel is user ${xAccountId(channel) || '(not set)'}`);
    }
    return normalizeXEvents(payload, channel);
  },
};
