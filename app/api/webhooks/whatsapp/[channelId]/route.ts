// WhatsApp Cloud API webhook: GET is Meta's verification handshake, POST the events.
import { webhookRoute } from '@/lib/webhooks/webhook-route';
import { handleMetaVerification } from '@/lib/channels/meta/handle-verification';
import { whatsappWebhook } from '@/lib/channels/whatsapp/webhook';

export const GET = handleMetaVerification('whatsapp');
export const POST = webhookRoute(whatsappWebhook);
