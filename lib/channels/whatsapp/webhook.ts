// The WhatsApp Cloud API channel's WebhookAdapter.
import type { WebhookAdapter } from '@/lib/webhooks/webhook-route';
import { notFound } from '@/lib/api/errors';
import { log } from '@/lib/log';
import { verifyMetaWebhook } from '@/lib/channels/meta/verify-signature';
import { parseJsonBody } from '@/lib/channels/meta/messaging-schema';
import { whatsappWebhookSchema, type WhatsAppWebhookBody } from '@/lib/channels/whatsapp/schema';
import { normalizeWhatsAppPayload } from '@/lib/channels/whatsapp/normalize';

export const whatsappWebhook: WebhookAdapter<WhatsAppWebhookBody> = {
  provider: 'whatsapp',
  verify: (req) => {
    // A WhatsApp channel on Twilio takes its webhooks at /api/webhooks/twilio.
    if (req.channel.settings.transport === 'twilio') throw notFound('Channel');
    verifyMetaWebhook(req);
  },
  parse: ({ raw }) => whatsappWebhookSchema.parse(parseJsonBody(raw)),
  normalize: (body, channel) => {
    const batch = normalizeWhatsAppPayload(body, channel.settings, channel.channel.id);
    // Why an event was not stored (ids and kinds only, never content).
    if (batch.ignored.length) log.info('webhook events ignored', { channelId: channel.channel.id, reasons: batch.ignored.slice(0, 20) });
    return batch;
  },
};
