// POST /api/webhooks/email/:channelId — inbound email from Postmark, SendGrid
// Inbound Parse or Mailgun routes (the channel's settings.inboundProvider).
import { webhookRoute } from '@/lib/webhooks/webhook-route';
import { emailWebhookAdapter } from '@/lib/channels/email/webhook';

export const POST = webhookRoute(emailWebhookAdapter);
